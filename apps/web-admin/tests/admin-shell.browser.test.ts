import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  morning,
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

  it('a business user is sent back home, told the administration is not theirs', async () => {
    await signIn('vpdu.chomoi');
    expect(await refusalAt(world, page, '/admin/')).toContain('Quản trị');
  });
});
