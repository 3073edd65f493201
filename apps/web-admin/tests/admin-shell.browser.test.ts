import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  morning,
  ORGANISATIONS,
  prepareCommune,
  refusalAt,
  useJourney,
  type World,
} from '@doithoai/browser-testing';

/*
 * The administration app on /admin/ (issue 14): Chợ Mới's administrator finds it on the home
 * page (instead of "Tài khoản này chưa có ứng dụng nào"), lists the commune's accounts and
 * disables one; a business user is sent back home with the reason.
 */
describeInBrowser('the administration app in a real browser', () => {
  let world: World;
  let page: Page;

  const { shot, signIn } = useJourney(
    {
      accounts: {
        'admin.chomoi': { role: 'admin', fullName: 'Nông Văn Quản' },
        'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
        'chutich.chomoi': { role: 'commune-chair', fullName: 'Ma Văn Hùng' },
      },
      browserClock: morning('2025-11-20'),
      prepare: prepareCommune,
    },
    (opened) => ({ world, page } = opened),
  );

  it('the administrator’s home shows the administration app, which lists the commune’s accounts', async () => {
    await signIn('admin.chomoi');
    expect(await page.getByText('chưa có ứng dụng nào').count()).toBe(0);
    await page.getByRole('link', { name: 'Quản trị' }).click();
    await page.waitForURL(/\/admin\/$/u);
    await page.getByRole('heading', { name: 'Quản trị' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click();
    const table = page.getByRole('table', { name: 'Tài khoản của đơn vị' });
    const lan = table.getByRole('row').filter({ hasText: 'vpdu.chomoi' });
    await lan.waitFor();
    expect(await lan.innerText()).toContain('Văn phòng Đảng ủy');
    expect(await table.getByRole('row').filter({ hasText: 'admin.chomoi' }).innerText()).toContain(
      'Quản trị hệ thống',
    );
    await shot('01-tai-khoan');
  });

  it('disables an account: the row says so and the person can no longer sign in', async () => {
    const table = page.getByRole('table', { name: 'Tài khoản của đơn vị' });
    const hung = table.getByRole('row').filter({ hasText: 'chutich.chomoi' });
    await hung.getByRole('button', { name: 'Khóa' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã khóa tài khoản chutich.chomoi' })
      .waitFor();
    await hung.getByText('Đã khóa').waitFor();
    const response = await fetch(`${world.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chutich.chomoi', password: 'MatKhau@Thu2025' }),
    });
    expect(response.status).toBe(403);
  });

  it('refuses a Bí thư attached to the police under the body field, then creates a village account', async () => {
    await page.selectOption('#tk-vai-tro', 'party-secretary');
    await page.selectOption('#tk-co-quan', { label: `${ORGANISATIONS.police} (Công an)` });
    await page.fill('#tk-ho-ten', 'Triệu Tiên Trình');
    await page.fill('#tk-ten-dang-nhap', 'bithu2.chomoi');
    await page.fill('#tk-mat-khau', 'Một mật khẩu đủ dài của xã');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const error = page.locator('#tk-co-quan-loi');
    await error.waitFor();
    expect(await error.innerText()).toContain('chỉ gắn với Cấp ủy Đảng');
    await shot('02-tai-khoan-sai-co-quan');

    await page.selectOption('#tk-vai-tro', 'village');
    await page.locator('#tk-thon').selectOption({ index: 1 });
    await page.fill('#tk-ten-dang-nhap', 'thon.banmy');
    await page.fill('#tk-ho-ten', 'Hoàng Văn Mỳ');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản thon.banmy' }).waitFor();
    const table = page.getByRole('table', { name: 'Tài khoản của đơn vị' });
    await table.getByRole('row').filter({ hasText: 'thon.banmy' }).waitFor();
  });

  it('a business user is sent back home, told the administration is not theirs', async () => {
    await signIn('vpdu.chomoi');
    expect(await refusalAt(world, page, '/admin/')).toContain('Quản trị');
  });
});
