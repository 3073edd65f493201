import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  morning,
  PASSWORD,
  prepareCommune,
  present,
  useJourney,
  type World,
} from '@doithoai/browser-testing';

/*
 * First run (issue 14): the server, started without demo data on a database with no system
 * administrator, prints a one-time link to /admin/khoi-tao; whoever opens it creates the first
 * system administrator (the password policy explained under its field), signs in with it, and
 * the same link no longer works.
 */
describeInBrowser('the first run’s setup link in a real browser', () => {
  let world: World;
  let page: Page;

  const { shot, signIn } = useJourney(
    {
      // The world's commune administrator: not a system administrator, so the link is issued.
      accounts: { 'admin.chomoi': { role: 'admin', fullName: 'Nông Văn Quản' } },
      browserClock: morning('2025-11-20'),
      prepare: prepareCommune,
    },
    (opened) => ({ world, page } = opened),
  );

  const errorUnder = (id: string) => page.locator(`#${id}-loi`);

  it('a wrong code says why and what to do', async () => {
    await page.goto(`${world.url}/admin/khoi-tao#khong-phai-ma-that`);
    await page.getByRole('heading', { name: 'Khởi tạo bản cài' }).waitFor();
    const alert = page.getByText('Đường dẫn khởi tạo không đúng hoặc đã hết hạn');
    await alert.waitFor();
    expect(await page.locator('code').innerText()).toBe('doithoai create-admin');
  });

  it('the printed link creates the first system administrator, once', async () => {
    const link = present(world.server.setupUrl, 'the printed setup link');
    expect(link).toMatch(/\/admin\/khoi-tao#[\w-]{43}$/u);
    // Opened as a new page (from the same page, a changed fragment alone would not reload it).
    await page.goto(`${world.url}/`);
    await page.goto(link);
    await page.getByRole('button', { name: 'Tạo quản trị hệ thống' }).waitFor();
    // The one-time code leaves the address bar once read.
    expect(page.url()).toBe(`${world.url}/admin/khoi-tao`);
    await page.locator('#kt-ho-ten').fill('Trần Thị Mai');
    await page.locator('#kt-ten-dang-nhap').fill('quantri.hethong');
    await page.locator('#kt-mat-khau').fill('DoiThoai@2025');
    await page.locator('#kt-nhap-lai').fill('DoiThoai@2025');
    await page.getByRole('button', { name: 'Tạo quản trị hệ thống' }).click();
    await errorUnder('kt-mat-khau').waitFor();
    expect(await errorUnder('kt-mat-khau').innerText()).toBe(
      'Đây là mật khẩu chung của các tài khoản trình diễn, ai cũng biết; hãy chọn mật khẩu khác.',
    );
    await shot('khoi-tao-mat-khau-bi-tu-choi');

    await page.locator('#kt-mat-khau').fill(PASSWORD);
    await page.locator('#kt-nhap-lai').fill(`${PASSWORD}x`);
    await page.getByRole('button', { name: 'Tạo quản trị hệ thống' }).click();
    expect(await errorUnder('kt-nhap-lai').innerText()).toBe('Hai lần nhập mật khẩu không khớp.');
    await page.locator('#kt-nhap-lai').fill(PASSWORD);
    await page.getByRole('button', { name: 'Tạo quản trị hệ thống' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã tạo tài khoản quản trị hệ thống quantri.hethong' })
      .waitFor();
    await shot('khoi-tao-da-tao');

    await signIn('quantri.hethong');
    await page.goto(`${world.url}/admin/`);
    await page.getByText('Toàn quốc').first().waitFor();

    await page.goto(`${world.url}/`);
    await page.goto(link);
    await page.getByText('Đường dẫn khởi tạo không đúng hoặc đã hết hạn').waitFor();
    expect(await page.getByRole('button', { name: 'Tạo quản trị hệ thống' }).count()).toBe(0);
  });
});
