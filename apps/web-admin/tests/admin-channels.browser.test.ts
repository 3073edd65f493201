import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, morning, prepareCommune, useJourney } from '@doithoai/browser-testing';

/*
 * Kênh thông báo (issue 15): Chợ Mới's administrator finds every channel off, turns the SMS
 * gateway on with its address and credentials, and never sees the credentials again; the bell
 * is in the header, saying in words that nothing is unread.
 */
describeInBrowser('the notification channels page in a real browser', () => {
  let page: Page;
  const journey = useJourney(
    {
      accounts: { 'admin.chomoi': { role: 'admin', fullName: 'Nông Văn Quản' } },
      browserClock: morning('2025-11-20'),
      prepare: prepareCommune,
    },
    (opened) => ({ page } = opened),
  );
  const { shot, signIn } = journey;
  const SECRET = 'Bearer ma-bi-mat-cua-nha-mang';

  it('shows each channel off until configured, the in-app one always on, and the bell', async () => {
    await signIn('admin.chomoi');
    await page.goto(`${journey.world.url}/admin/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Kênh thông báo' }).click();
    await page.getByRole('heading', { name: 'Kênh thông báo', level: 1 }).waitFor();
    const sms = page.locator('[data-channel="sms"]');
    expect(await sms.locator('[data-channel-source]').innerText()).toBe('Đang tắt — chưa cấu hình');
    expect(await page.locator('[data-channel="in-app"] [data-channel-source]').innerText()).toBe(
      'Luôn bật',
    );
    const bell = page.getByRole('button', { name: /^Thông báo:/u });
    expect(await bell.getAttribute('aria-label')).toBe('Thông báo: không có thông báo chưa đọc');
    expect(await bell.locator('svg').count()).toBe(1);
    await bell.click();
    await page
      .getByRole('region', { name: 'Thông báo' })
      .getByText('Chưa có thông báo nào.')
      .waitFor();
    await page.keyboard.press('Escape');
    await shot('kenh-01-tat');
  });

  it('turns SMS on with its address and credentials, which are never shown back', async () => {
    const sms = page.locator('[data-channel="sms"]');
    await sms.locator('summary').click();
    await sms.getByLabel('Bật kênh này bằng cấu hình của xã').check();
    await sms
      .getByLabel('Địa chỉ API của nhà cung cấp SMS')
      .fill('https://sms.vnpt.example/api/send');
    await sms.getByLabel('Tên thương hiệu (brandname)').fill('UBND-CHOMOI');
    await sms.getByLabel('Chuỗi xác thực (Authorization)').fill(SECRET);
    await sms.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu kênh Tin nhắn SMS.' }).waitFor();
    await expect
      .poll(() => sms.locator('[data-channel-source]').innerText())
      .toBe('Đang bật — cấu hình của xã');
    await sms.locator('summary').click();
    const secret = sms.getByLabel('Chuỗi xác thực (Authorization)');
    expect(await secret.inputValue()).toBe('');
    expect(await secret.getAttribute('placeholder')).toBe('Đã lưu — để trống để giữ nguyên');
    expect(await sms.getByLabel('Địa chỉ API của nhà cung cấp SMS').inputValue()).toBe(
      'https://sms.vnpt.example/api/send',
    );
    expect(await page.content()).not.toContain('ma-bi-mat');
    await shot('kenh-02-sms-bat');
  });
});
