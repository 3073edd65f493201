import {
  contentOf,
  describeInBrowser,
  morning,
  signInApi,
  typePlan,
  useJourney,
  type JourneyOptions,
} from '@doithoai/browser-testing';
import { formatVietnameseDate } from '@doithoai/domain';
import { aChoMoiPlan, ADMIN_UNITS, present, SEED_PLANS } from '@doithoai/domain/testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

// Seed 004 in a real browser: the People's Committee of Sơn Tây Hạ issues its own dialogue plan.
// The government office drafts it as the seed has it (the second half of 2025, "UBND xã ban hành
// Thông báo cụ thể sau"), submits; the chair returns it asking for the exact day; the office sets
// 18/12/2025 and resubmits; the chair approves it as 215/KH-UBND; the office announces it. Every
// date shown is compared with what the server computes. The clock: 20/11/2025.
const TODAY = morning('2025-11-20');
const DIALOGUE = '2025-12-18';
const COMMUNE = ADMIN_UNITS.sonTayHa.code;

const seed = SEED_PLANS.sonTayHa2025;
/** A Party plan of the same commune, which the chair app must not list. */
const partyTitle = 'Tổ chức đối thoại giữa Bí thư Đảng ủy xã với Nhân dân năm 2025';

const ACCOUNTS = {
  'vpub.sontayha': { role: 'government-office', fullName: 'Đinh Văn Hải' },
  'chutich.sontayha': { role: 'commune-chair', fullName: 'Nguyễn Thị Tình' },
  'vpdu.sontayha': { role: 'party-office', fullName: 'Đinh Thị Mai' },
} satisfies JourneyOptions['accounts'];

interface ScheduleRow {
  ruleId: string;
  dueDate: string | null;
}

describeInBrowser("the chair app's government plans in a real browser", () => {
  let page: Page;
  let planUrl = '';

  const status = (value: string) =>
    page.locator(`[data-testid="plan-status"] .badge[data-status="${value}"]`).first().waitFor();
  const planId = () => planUrl.split('/').at(-1) ?? '';

  /**
   * Each date of the plan page's schedule is the one `plans.get` computes; `dated` of them at
   * least have a date (none before the day of the dialogue is known).
   */
  async function expectScheduleOfServer(dated = 3): Promise<ScheduleRow[]> {
    const office = await signInApi(journey.world, 'vpub.sontayha');
    const view = await office.plans.get.query({ id: planId() });
    expect(view.schedule.filter((entry) => entry.dueDate !== null).length).toBeGreaterThanOrEqual(
      dated,
    );
    for (const entry of view.schedule) {
      const shown = await page.locator(`[data-rule="${entry.ruleId}"]`).innerText();
      expect(shown, entry.ruleId).toBe(
        entry.dueDate ? formatVietnameseDate(entry.dueDate) : 'Chưa tính được',
      );
    }
    return view.schedule;
  }

  const journey = useJourney(
    {
      commune: 'sonTayHa',
      accounts: ACCOUNTS,
      browserClock: TODAY,
      seed: async (world) => {
        const partyOffice = await signInApi(world, 'vpdu.sontayha');
        const party = aChoMoiPlan();
        await partyOffice.plans.create.mutate({
          ...contentOf(party),
          adminUnitCode: COMMUNE,
          issuer: {
            kind: 'party-committee',
            name: 'Đảng ủy xã Sơn Tây Hạ',
            adminUnitCode: COMMUNE,
          },
          title: partyTitle,
        });
      },
    },
    (opened) => (page = opened.page),
  );
  const { shot, signIn } = journey;

  it('lets the government office draft seed 004 from the blank form, the schedule previewed live, Party plans left out', async () => {
    await signIn('vpub.sontayha');
    await page.getByRole('link', { name: 'Chủ tịch UBND xã' }).click();
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('heading', { name: 'Kế hoạch đối thoại của UBND xã' }).waitFor();
    await page.getByText('Chưa có kế hoạch nào.').waitFor();
    expect(await page.getByText(partyTitle).count()).toBe(0);
    await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
    await page.locator('#title').waitFor();
    // The blank form is the UBND's: its name, symbol and signature block.
    expect(await page.inputValue('#issuer-name')).toBe('Ủy ban nhân dân xã Sơn Tây Hạ');
    expect(await page.inputValue('#symbol')).toBe('KH-UBND');
    expect(await page.inputValue('#signer-authority')).toBe('on-behalf-of-peoples-committee');
    await typePlan(page, seed);
    await page.locator('[data-preview-rule]').first().waitFor();
    await shot('plans-01-soan-ke-hoach');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.locator('[data-rule]').first().waitFor();
    planUrl = page.url();
    expect(planUrl).toMatch(/\/chair\/plans\/[^/]+$/u);
    expect(await page.locator('.plan-document').innerText()).toContain('TM. ỦY BAN NHÂN DÂN');
    await expectScheduleOfServer(0);
    await page.getByRole('button', { name: 'Trình ký (gửi Chủ tịch UBND phê duyệt)' }).click();
    await status('submitted');
    // Approving is the chair's: the office is offered no such step.
    expect(await page.getByRole('form', { name: /Phê duyệt/u }).count()).toBe(0);
  });

  it('lets the chair return it with a comment (an empty one is refused next to the field)', async () => {
    await signIn('chutich.sontayha');
    await page.goto(`${journey.world.url}/chair/plans`);
    const queue = page.getByRole('table', { name: 'Chờ phê duyệt' });
    await queue.getByRole('link', { name: seed.title }).click();
    await page.locator('#return-comment').waitFor();
    const returnForm = page.getByRole('form', { name: 'Trả lại để chỉnh sửa' });
    await returnForm.getByRole('button', { name: 'Trả lại' }).click();
    await returnForm.getByRole('alert').waitFor();
    expect(await returnForm.getByRole('alert').innerText()).toMatch(/ý kiến/iu);
    await page.fill('#return-comment', 'Ấn định ngày đối thoại cụ thể: 18/12/2025, 08 giờ.');
    await returnForm.getByRole('button', { name: 'Trả lại' }).click();
    await status('returned');
    await shot('plans-02-tra-lai');
  });

  it('lets the office set the day as asked, the preview agreeing with the server, and resubmit', async () => {
    await signIn('vpub.sontayha');
    await page.goto(planUrl);
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    const returned = page.locator('section', {
      has: page.getByRole('heading', { name: 'Ý kiến khi trả lại' }),
    });
    expect(await returned.innerText()).toContain('18/12/2025');
    await page.locator('#timing-kind').waitFor();
    await page.selectOption('#timing-kind', 'date');
    await page.fill('#timing-date', formatVietnameseDate(DIALOGUE));
    await page.fill('#timing-start', '08:00');
    await page.fill('#timing-note', '');
    await page.fill('#venue-name', 'Hội trường UBND xã Sơn Tây Hạ');
    const office = await signInApi(journey.world, 'vpub.sontayha');
    const expected = await office.deadlines.schedule.query({
      profile: seed.regulationProfileId,
      events: { dialogue: DIALOGUE },
      overrides: [],
    });
    const notice = present(
      expected.find((e) => e.ruleId === 'public-notice'),
      'the public-notice deadline',
    );
    await page
      .locator('[data-preview-rule="public-notice"]', {
        hasText: formatVietnameseDate(present(notice.dueDate, 'the public-notice date')),
      })
      .waitFor();
    for (const entry of expected)
      expect(await page.locator(`[data-preview-rule="${entry.ruleId}"]`).innerText()).toBe(
        entry.dueDate ? formatVietnameseDate(entry.dueDate) : 'chưa tính được',
      );
    await shot('plans-03-sua-theo-y-kien');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.locator('[data-rule="public-notice"]').waitFor();
    const schedule = await expectScheduleOfServer();
    expect(schedule.find((e) => e.ruleId === 'public-notice')?.dueDate).toBe(notice.dueDate);
    await page.getByRole('button', { name: 'Trình ký (gửi Chủ tịch UBND phê duyệt)' }).click();
    await status('submitted');
  });

  it('lets the chair approve it as 215/KH-UBND, the day fixed by the office in the text', async () => {
    await signIn('chutich.sontayha');
    await page.goto(planUrl);
    await page.locator('#approve-number').waitFor();
    expect(await page.inputValue('#approve-signer-name')).toBe('Nguyễn Thị Tình');
    await page.fill('#approve-number', '215');
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await status('approved');
    expect(await page.locator('[data-testid="plan-number"]').innerText()).toContain('215/KH-UBND');
    expect(await page.locator('.plan-document').innerText()).toContain('18/12/2025');
    expect(await page.getByRole('table', { name: /Lịch sử/u }).innerText()).toMatch(/Trả lại/u);
    await shot('plans-04-da-phe-duyet');
  });

  it('lets the office announce it; the list shows the number and the schedule is the server’s', async () => {
    await signIn('vpub.sontayha');
    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Đã phát hành thông báo, giấy mời' }).click();
    await status('announced');
    await expectScheduleOfServer();
    await shot('plans-05-da-thong-bao');
    await page.getByRole('link', { name: '← Về danh sách kế hoạch' }).click();
    // The plan's page shows the number twice too: wait until the list has replaced it.
    await page
      .getByRole('heading', { name: 'Kế hoạch đối thoại của UBND xã', exact: true })
      .waitFor();
    await page.getByText('215/KH-UBND').waitFor();
    expect(await page.getByText(partyTitle).count()).toBe(0);
    expect(await page.getByText(formatVietnameseDate(DIALOGUE)).count()).toBe(1);
  });
});
