import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  morning,
  signInApi,
  useJourney,
  type World,
} from '@doithoai/browser-testing';
import {
  ORGANISATIONS,
  prepareCommune,
  seedConcludedDialogue,
  seedPostponedPlan,
  seedStaleSubmittedPlan,
  STALE_TITLE,
  type SteeringRecords,
} from './steering-seed.test-support.js';

/*
 * Steering after the dialogue. Setup: villages and bodies through the db repositories, then
 * seed 000's dialogue through the API (drafted, approved, announced, two petitions, held on
 * 10/12/2025, concluded on 12/12/2025 with a police task due 24/12/2025), and on 15/01/2026 the
 * Front's visit and its escalation of that overdue task. The browser lives on 15/01/2026.
 */
const TODAY = morning('2026-01-15');

describeInBrowser('steering in the Party committee app', () => {
  let world: World;
  let page: Page;
  let records: SteeringRecords;
  let staleId = '';

  /** Prints the page to A4 as the browser would, saves it, and gives back its size. */
  async function savePdf(name: string): Promise<Buffer> {
    const path = join(world.artifacts, `${name}.pdf`);
    await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
    return readFileSync(path);
  }

  const { shot, signIn } = useJourney(
    {
      accounts: {
        'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
        'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
        'mttq.chomoi': { role: 'front-officer', fullName: 'Lý Thị Mai' },
      },
      browserClock: TODAY,
      prepare: prepareCommune,
      seed: async (w) => {
        staleId = await seedStaleSubmittedPlan(w);
        records = await seedConcludedDialogue(w);
      },
    },
    (opened) => ({ world, page } = opened),
  );

  it("shows the secretary the Front's finding and its escalation of the overdue task, read-only", async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/findings?year=2025`);
    const escalations = page.getByRole('table', { name: 'Báo cáo Bí thư, đề nghị chỉ đạo' });
    await escalations.getByText(records.escalationNote).waitFor();
    const escalated = await escalations.innerText();
    expect(escalated).toContain('Lý Thị Mai');
    expect(escalated).toContain(ORGANISATIONS.police);
    expect(escalated).toContain('24/12/2025');
    // Due 24/12/2025, three weeks of working days late on 15/01/2026.
    expect(await escalations.locator('[data-deadline="long-overdue"]').count()).toBe(1);
    const findings = page.getByRole('table', { name: 'Ý kiến giám sát' });
    expect(await findings.innerText()).toContain(records.findingNote);
    // Issue 18: a finding about a petition names the petition (it read "Kiến nghị: —").
    const aboutPetition = findings.locator('tr', { hasText: records.petitionFindingNote });
    const about = await aboutPetition.innerText();
    expect(about).toContain(`Kiến nghị ${records.securityCode}`);
    expect(about).toContain('Thời gian gần đây một số thanh thiếu niên tụ tập');
    expect(about).not.toMatch(/Kiến nghị: —/u);
    // Nothing on the page changes a finding.
    expect(await page.locator('main form, main button:not(.menu-toggle)').count()).toBe(0);
    await shot('10-giam-sat');
    // The concluded plan shows the same supervision.
    await page.goto(`${world.url}/party/plans/${records.planId}`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Giám sát của Ủy ban MTTQ' }),
    });
    await section.getByText(records.escalationNote).waitFor();
    expect(await section.innerText()).toContain(`Kiến nghị ${records.securityCode}`);
  });

  it('lays out the periodic report of quarter IV 2025 for printing and saves it as a PDF', async () => {
    await page.goto(`${world.url}/party/reports/periodic?year=2025&period=quarter&index=4`);
    const report = page.getByTestId('report');
    await report.getByText('Kết quả công tác đối thoại trực tiếp quý IV năm 2025').waitFor();
    const text = await report.innerText();
    expect(text).toContain('BÁO CÁO');
    expect(await page.getByTestId('dialogues-held').innerText()).toMatch(/tổ chức 1 cuộc/u);
    expect(text).toMatch(/Tiếp nhận trong kỳ\s+2/u);
    await shot('11-bao-cao-dinh-ky');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    expect(await report.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(
      /Times New Roman/u,
    );
    await shot('12-bao-cao-dinh-ky-ban-in');
    await page.emulateMedia({ media: 'screen' });
    const pdf = await savePdf('bao-cao-dinh-ky-quy-IV-2025');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    // The picker asks the server for another period.
    await page.selectOption('#bc-ky', 'year');
    await report.getByText('Kết quả công tác đối thoại trực tiếp năm 2025').waitFor();
  });

  it("lays out the dialogue's results report with its conclusion and overdue figures, and saves it as a PDF", async () => {
    await page.goto(`${world.url}/party/reports/results/${records.planId}?month=2026-01`);
    const report = page.getByTestId('report');
    await report.getByText('Kết quả đối thoại trực tiếp', { exact: false }).first().waitFor();
    await page.getByRole('table', { name: 'Tiến độ giải quyết' }).waitFor();
    const text = await report.innerText();
    expect(text).toContain('14-KH/ĐU');
    expect(text).toContain('10/12/2025');
    expect(await page.getByTestId('conclusion').innerText()).toContain('20');
    // Overdue: the land task (due 09/01/2026, in the month) and the patrol (due 24/12/2025).
    expect(text).toMatch(/Quá hạn chưa hoàn thành\s+1\s+2/u);
    expect(text).toContain(records.escalationNote);
    expect(text).toContain(`Kiến nghị ${records.securityCode}`);
    await shot('13-bao-cao-ket-qua');
    const pdf = await savePdf('bao-cao-ket-qua-doi-thoai');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it("follows a dashboard count to its filtered list: the police's long-overdue task", async () => {
    await page.goto(`${world.url}/party/dashboard`);
    await page.fill('#dash-year', '2025');
    await page
      .getByRole('link', { name: `1 việc quá hạn lâu của ${ORGANISATIONS.police}` })
      .click();
    await page.waitForURL(/\/party\/tasks\?/u);
    const list = page.getByRole('table', { name: 'Danh sách việc sau đối thoại' });
    await list.getByText('Tăng cường tuần tra').waitFor();
    expect(await list.locator('tbody tr').count()).toBe(1);
    expect(await list.locator('[data-deadline="long-overdue"]').count()).toBe(1);
    await shot('14-viec-qua-han');
    // Petitions by field → the petitions list, filtered, read-only.
    await page.goto(`${world.url}/party/dashboard`);
    await page.fill('#dash-year', '2025');
    await page.getByRole('link', { name: /kiến nghị lĩnh vực Đất đai/u }).click();
    const petitions = page.getByRole('table', { name: 'Danh sách kiến nghị' });
    await petitions.getByText('Giấy chứng nhận quyền sử dụng đất', { exact: false }).waitFor();
    expect(await petitions.locator('tbody tr').count()).toBe(1);
    await shot('15-kien-nghi-theo-linh-vuc');
  });

  // Issue 18.3: open work is live whatever year its dialogue was; the lists open on what needs
  // attention now, not on an empty year.
  it('shows 2025’s late police task on the 2026 dashboard; the petitions list opens on every year', async () => {
    await page.goto(`${world.url}/party/dashboard`);
    await page.getByRole('heading', { name: 'Tổng quan năm 2026' }).waitFor();
    await page
      .getByRole('link', { name: `1 việc quá hạn lâu của ${ORGANISATIONS.police}` })
      .waitFor();
    await page.locator('[data-attention]').waitFor();
    await shot('14a-can-chu-y-ngay');
    await page.goto(`${world.url}/party/petitions`);
    await page.locator('[data-attention]').getByText('quá hạn trả lời').waitFor();
    expect(await page.locator('#kn-nam').inputValue()).toBe('0');
    await page.selectOption('#kn-han', '');
    const petitions = page.getByRole('table', { name: 'Danh sách kiến nghị' });
    await expect.poll(() => petitions.locator('tbody tr').count()).toBe(2);
    await petitions.getByText('Giấy chứng nhận quyền sử dụng đất', { exact: false }).waitFor();
    await shot('14b-kien-nghi-moi-nam');
  });

  it("lets the office copy last year's plan into a new draft for 2026", async () => {
    await signIn('vpdu.chomoi');
    // Issue 18: a 2027 draft (copied, so without number or day) used to be copied silently.
    const office = await signInApi(world, 'vpdu.chomoi');
    await office.plans.create.mutate({ copyFromPlanId: records.planId, year: 2027 });
    await page.goto(`${world.url}/party/plans/new`);
    await page.getByRole('heading', { name: 'Sao chép kế hoạch năm trước' }).waitFor();
    const source = page.locator('#copy-source');
    await expect
      .poll(() => source.locator('option:checked').innerText())
      .toMatch(/^Năm 2025 · 14-KH\/ĐU · 10\/12\/2025 · /u);
    const options = await source.locator('option').allInnerTexts();
    expect(
      options.filter((o) => o.startsWith('Năm 2027 · chưa có số · chưa định ngày · Dự thảo — ')),
    ).toHaveLength(1);
    expect(options.join('\n')).not.toContain('— – —');
    expect(await page.inputValue('#copy-year')).toBe('2026');
    await shot('16a-chon-ke-hoach-sao-chep');
    await page.getByRole('button', { name: 'Sao chép thành dự thảo mới' }).click();
    await page.waitForURL(/\/party\/plans\/[^/]+\/edit$/u);
    await page.locator('#title').waitFor();
    expect(await page.inputValue('#title')).toMatch(/Chợ Mới/u);
    await shot('16-sao-chep-nam-truoc');
    await page.goto(`${world.url}/party/?year=2026&status=draft`);
    await page
      .getByRole('table', { name: 'Kế hoạch năm 2026' })
      .getByRole('link')
      .first()
      .waitFor();
  });

  // Issue 18: a plan of 08/2025 waited for approval with no word that its day had passed; and
  // "Hủy kế hoạch" looked like "Phê duyệt" and ran at once.
  it('warns the secretary that a queued plan’s day has passed; cancelling it asks first', async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/approvals`);
    const row = page.locator('tr', { has: page.getByRole('link', { name: STALE_TITLE }) });
    await row.waitFor();
    expect(await row.innerText()).toContain('20/08/2025');
    expect(await row.locator('[data-date-passed]').innerText()).toBe(
      'Ngày đối thoại đã qua: cần đổi ngày',
    );
    await shot('16b-cho-duyet-da-qua-ngay');
    await row.getByRole('link', { name: STALE_TITLE }).click();
    await page.getByTestId('date-passed').waitFor();
    expect(await page.getByTestId('date-passed').innerText()).toContain('(20/08/2025) đã qua');
    const approve = page.getByRole('button', { name: 'Phê duyệt', exact: true });
    const cancel = page.getByRole('button', { name: 'Hủy kế hoạch', exact: true });
    const look = (button: typeof approve) =>
      button.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.borderStyle}`;
      });
    expect(await look(cancel)).not.toBe(await look(approve));
    await page.fill('#cancel-reason', 'Đã quá ngày dự kiến; gộp vào cuộc đối thoại tháng 12.');
    await cancel.click();
    const form = page.getByRole('form', { name: 'Hủy kế hoạch' });
    await form.getByRole('alert').getByText('không hoàn tác được').waitFor();
    await shot('16c-xac-nhan-huy');
    expect(
      await page.locator('[data-testid="plan-status"] .badge').first().getAttribute('data-status'),
    ).toBe('submitted');
    await form.getByRole('button', { name: 'Xác nhận hủy kế hoạch' }).click();
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="cancelled"]')
      .first()
      .waitFor();
    await page.getByTestId('step-done').getByText('Đã hủy kế hoạch.').waitFor();
    expect(staleId).toBe(page.url().split('/').at(-1));
  });

  it('lets the secretary reschedule a postponed plan and shows what moved; old versions open from the history', async () => {
    const planId = await seedPostponedPlan(world);
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/plans/${planId}`);
    await page.fill('#reschedule-date', '17/03/2026');
    await page.fill('#reschedule-reason', 'Lùi một tuần theo chỉ đạo của Huyện ủy.');
    await page.getByRole('button', { name: 'Đổi ngày', exact: true }).click();
    const moved = page.getByRole('status').filter({ hasText: 'Lịch thời hạn đã tính lại' });
    await moved.waitFor();
    const changes = await moved.innerText();
    expect(changes).toMatch(/→/u);
    expect(changes).toContain('2026');
    await page
      .locator('[data-testid="plan-status"] .badge[data-status="approved"]')
      .first()
      .waitFor();
    await shot('17-doi-ngay');
    await page.getByRole('link', { name: 'Xem văn bản phiên bản 1' }).click();
    await page.getByTestId('old-version').waitFor();
    expect(await page.locator('.plan-document').innerText()).toContain('10/03/2026');
    await shot('18-phien-ban-cu');
  });
});
