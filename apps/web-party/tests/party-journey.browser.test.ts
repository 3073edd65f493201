import { aChoMoiPlan } from '@doithoai/domain/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  refusalAt,
  typePlan,
  useJourney,
  type World,
} from '@doithoai/browser-testing';

/** The office drafts seed 000 on 20/11/2025, three weeks before its dialogue (10/12/2025). */
const CLOCK = '2025-11-20T02:00:00.000Z';

const seed = aChoMoiPlan();

describeInBrowser('the Party committee app in a real browser', () => {
  let world: World;
  let page: Page;
  let planUrl = '';

  const text = (selector: string) => page.locator(selector).first().innerText();

  const { shot, signIn } = useJourney(
    {
      accounts: {
        'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
        'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
        'chutich.chomoi': { role: 'commune-chair', fullName: 'Nguyễn Văn Bình' },
      },
      browserClock: CLOCK,
    },
    (opened) => ({ world, page } = opened),
  );

  it('signs the Party office in on / and lists the Party app', async () => {
    await page.goto(`${world.url}/`);
    await page.locator('#ten-dang-nhap').waitFor();
    await shot('01-dang-nhap');
    await page.fill('#ten-dang-nhap', 'vpdu.chomoi');
    await page.fill('#mat-khau', 'sai mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').first().innerText()).resolves.toMatch(/\S/u);
    await signIn('vpdu.chomoi');
    await shot('02-ung-dung');
    await page.getByRole('link', { name: 'Đảng ủy xã' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch đối thoại' }).waitFor();
    expect(page.url()).toBe(`${world.url}/party/`);
  });

  it('creates seed 000 from the blank form and shows the schedule the server computed', async () => {
    await page.getByRole('link', { name: 'Tạo kế hoạch' }).first().click();
    await page.locator('#title').waitFor();
    // Issue 18: the calendar button is an SVG icon, not an emoji that needs an emoji font.
    const toggle = page.locator('.calendar-toggle').first();
    expect(await toggle.locator('svg').count()).toBe(1);
    expect((await toggle.innerText()).trim()).toBe('');
    await typePlan(page, seed);
    // The live preview (public deadlines.schedule) already has the plan's own cut-off.
    await page
      .locator('[data-preview-rule="registration-cutoff"]', { hasText: '04/12/2025' })
      .waitFor();
    await shot('03-soan-ke-hoach');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.locator('[data-rule="registration-cutoff"]').waitFor();
    planUrl = page.url();
    expect(planUrl).toMatch(/\/party\/plans\/[^/]+$/u);
    expect(await text('[data-rule="registration-cutoff"]')).toBe('04/12/2025');
    expect(await text('[data-rule="public-notice"]')).toBe('02/12/2025');
    await page.getByText('Giải thích').first().click();
    await shot('04-lich-thoi-han');
    await page.getByRole('button', { name: 'Trình ký (gửi Bí thư phê duyệt)' }).click();
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="submitted"]')
      .first()
      .waitFor();
    // Issue 18: "Trình ký" says it worked, in a live region.
    const done = page.getByTestId('step-done');
    await done.getByText('Đã trình ký: kế hoạch đã được gửi Bí thư phê duyệt.').waitFor();
    expect(await done.getAttribute('aria-live')).toBe('polite');
    await shot('04a-da-trinh-ky');
  });

  it('lets the secretary return it: first the server refuses an empty comment, next to the field', async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/approvals`);
    await page.getByRole('link', { name: seed.title }).click();
    await page.locator('#return-comment').waitFor();
    await shot('05-doc-ke-hoach-truoc-khi-duyet');
    const returnForm = page.getByRole('form', { name: 'Trả lại để chỉnh sửa' });
    await returnForm.getByRole('button', { name: 'Trả lại' }).click();
    await returnForm.getByRole('alert').waitFor();
    expect(await returnForm.getByRole('alert').innerText()).toMatch(/ý kiến/iu);
    await page.fill('#return-comment', 'Bổ sung giờ bắt đầu hội nghị (07 giờ 30).');
    await returnForm.getByRole('button', { name: 'Trả lại' }).click();
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="returned"]')
      .first()
      .waitFor();
    await shot('06-tra-lai');
  });

  it('lets the office fix the returned plan and submit it again', async () => {
    await signIn('vpdu.chomoi');
    await page.goto(planUrl);
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    const returned = page.locator('section', {
      has: page.getByRole('heading', { name: 'Ý kiến khi trả lại' }),
    });
    expect(await returned.innerText()).toContain('Bổ sung giờ bắt đầu hội nghị (07 giờ 30).');
    await page.locator('#timing-start').waitFor();
    await page.fill('#timing-start', '07:30');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.locator('[data-rule="registration-cutoff"]').waitFor();
    await page.getByRole('button', { name: 'Trình ký (gửi Bí thư phê duyệt)' }).click();
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="submitted"]')
      .first()
      .waitFor();
  });

  it('lets the secretary approve it with number 14: the plan reads 14-KH/ĐU', async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/approvals`);
    await shot('07-cho-phe-duyet');
    await page.getByRole('link', { name: seed.title }).click();
    await page.fill('#approve-number', '14');
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="approved"]')
      .first()
      .waitFor();
    expect(await text('[data-testid="plan-number"]')).toContain('14-KH/ĐU');
    // The office's fix (the start time) is in the approved text.
    expect(await text('.plan-document')).toContain('07:30');
    expect(await page.getByRole('table', { name: /Lịch sử/u }).innerText()).toMatch(/Trả lại/u);
    await shot('08-da-phe-duyet');
    await page.goto(`${world.url}/party/`);
    await page.selectOption('#loc-nam', '2025');
    await page.getByText('14-KH/ĐU').waitFor();
  });

  it('shows the approved dialogue on the dashboard with its next deadline', async () => {
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    const upcoming = page.getByRole('table', { name: /sắp tới/u });
    await upcoming.getByRole('link', { name: seed.title }).waitFor();
    expect(await upcoming.innerText()).toContain('10/12/2025');
    await shot('09-tong-quan');
  });

  it('sends a role that may not use the app back to / with the reason', async () => {
    await signIn('chutich.chomoi');
    expect(await refusalAt(world, page, '/party/')).toContain('Đảng ủy xã');
  });
});
