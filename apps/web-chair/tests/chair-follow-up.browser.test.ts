import {
  describeInBrowser,
  morning,
  ids,
  prepareCommune,
  useJourney,
  type JourneyOptions,
} from '@doithoai/browser-testing';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NEXT_TITLE, seedHeldDialogue, type HeldDialogue } from './follow-up-seed.test-support.js';

// Issue 6 "after the conference" in a real browser. Setup through the API (follow-up-seed.ts):
// Chợ Mới's People's Committee dialogue held on 10/12/2025, two petitions to be answered in
// writing (land → Phòng Kinh tế xã, night racing → Công an xã), one answered on the spot.
// 12/12/2025: the chair issues the conclusion notice drafted from those outcomes (a refusal first).
// 07/01/2026: the office extends the land task, first refused without the citizen told.
// 14/01/2026: the department drafts the written answer with its legal basis, the chair approves,
// the office records it as sent and the citizen's response. 19/01/2026: the deadline board shows
// the extended task due this week (new date, rule) and the overdue ones; the monthly report prints.
const ACCOUNTS = {
  'vpub.chomoi': { role: 'government-office', fullName: 'Ma Văn Hùng' },
  'phongkt.chomoi': {
    role: 'department',
    fullName: 'Nông Thị Huyền',
    organisationId: () => ids.land,
  },
  'chutich.chomoi': { role: 'commune-chair', fullName: 'Nguyễn Văn Bình' },
} satisfies JourneyOptions['accounts'];

describeInBrowser('after the conference in the chair app', () => {
  let page: Page;
  let context: BrowserContext;
  let dialogue: HeldDialogue;

  const journey = useJourney(
    {
      prepare: prepareCommune,
      accounts: ACCOUNTS,
      seed: async (w) => {
        dialogue = await seedHeldDialogue(w);
        w.setClock(morning('2025-12-12'));
      },
      browserClock: morning('2025-12-12'),
    },
    (opened) => ({ page, context } = opened),
  );
  const { shot, signIn } = journey;

  /** Server and browser on `date`, 09:00 in Vietnam (sessions do not survive the jump). */
  const moveTo = async (date: string) => {
    journey.world.setClock(morning(date));
    await context.clock.setFixedTime(new Date(morning(date)));
  };
  const openTask = async (content: string) => {
    await page.getByRole('link', { name: 'Sau hội nghị' }).click();
    await page.getByRole('link', { name: content }).first().click();
    await page.getByRole('heading', { name: /^Nhiệm vụ:/u }).waitFor();
  };
  const alert = () => page.getByRole('alert').first().innerText();

  it('the chair sees the deadline to issue the notice and a draft made from the conference outcomes', async () => {
    await signIn('chutich.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await page.getByRole('link', { name: 'Sau hội nghị' }).click();
    await page.locator(`[data-conclusion="${dialogue.planId}"]`).click();
    const deadline = page.getByTestId('conclusion-deadline');
    await deadline.waitFor();
    expect(await deadline.innerText()).toMatch(/\d\d\/\d\d\/2025/u);
    await deadline.getByText('Căn cứ').click();
    expect(await deadline.locator('[data-rule-source]').innerText()).toMatch(/Điều 43|Quy/u);
    expect(await page.locator('fieldset[data-item]').count()).toBe(2);
    const drafted = [await page.inputValue('#tb-nd-0'), await page.inputValue('#tb-nd-1')].join(
      '\n',
    );
    expect(drafted).toContain(dialogue.land.trackingCode);
    expect(drafted).toContain(dialogue.security.trackingCode);
    expect(drafted).not.toContain(dialogue.answered.trackingCode);
    expect(await page.inputValue('#tb-quan-diem')).toContain('3 ý kiến');
    await shot('fu-01-du-thao-ket-luan');
  });

  it('refuses a notice without its symbol, in Vietnamese under the field, then issues it with number, date and signer', async () => {
    await page.fill('#tb-ky-hieu', '');
    await page.getByRole('button', { name: 'Ban hành Thông báo kết luận' }).click();
    await page.getByRole('alert').first().waitFor();
    const fieldError = page
      .locator('#tb-ky-hieu')
      .locator('xpath=ancestor::*[contains(@class,"field")][1]');
    expect(await fieldError.innerText()).toMatch(/ký hiệu/iu);
    await shot('fu-02-tu-choi-ky-hieu');

    await page.fill('#tb-ky-hieu', 'TB-UBND');
    await page.fill('#tb-so', '25');
    await page.fill('#tb-nguoi-ky', 'Nguyễn Văn Bình');
    await page.getByRole('button', { name: 'Thêm nội dung giao' }).click();
    await page.fill('#tb-nd-2', 'Sửa chữa đoạn đường bê tông bị sụt lún ở Bản Mỳ trước Tết.');
    await page.selectOption('#tb-cq-2', ids.land);
    await page.fill('#tb-han-2', '24/12/2025');
    await page.getByRole('button', { name: 'Ban hành Thông báo kết luận' }).click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').innerText()).toContain(
      'Thông báo kết luận số 25/TB-UBND ngày 12/12/2025',
    );
    expect(await page.locator('[data-timeliness]').getAttribute('data-timeliness')).toBe(
      'met-on-time',
    );
    expect(await page.locator('[data-signer]').innerText()).toBe('Nguyễn Văn Bình');
    expect(await page.getByTestId('notice').innerText()).toContain(
      'Công khai: Trang thông tin điện tử của xã; Niêm yết tại trụ sở.',
    );
    await shot('fu-03-da-ban-hanh');
  });

  it('lists the three tasks with their dates and rules', async () => {
    await page.getByRole('link', { name: 'Xem các nhiệm vụ sau kết luận →' }).click();
    await expect.poll(() => page.locator('[data-task]').count()).toBe(3);
    const row = (text: string) =>
      page.locator('tr', { has: page.locator('[data-task]', { hasText: text }) });
    const land = row(dialogue.land.trackingCode);
    expect(await land.innerText()).toContain('09/01/2026');
    await land.getByText('Căn cứ').click();
    expect(await land.locator('[data-rule-source]').innerText()).toContain('30 ngày');
    const road = row('Sửa chữa đoạn đường');
    expect(await road.innerText()).toContain('24/12/2025');
    await road.getByText('Căn cứ').click();
    expect(await road.locator('[data-rule-source]').innerText()).toBe(
      'Thông báo kết luận số 25/TB-UBND ngày 12/12/2025',
    );
    await shot('fu-04-nhiem-vu');
  });

  it('the office extends the land task: refused until the citizen is told, then recorded with how and when', async () => {
    await moveTo('2026-01-07');
    await signIn('vpub.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await openTask(`Xác minh, trả lời bằng văn bản kiến nghị ${dialogue.land.trackingCode}`);
    const due = page.getByTestId('task-due');
    expect(await due.innerText()).toContain('09/01/2026');
    await page.fill('#gh-han-moi', '23/01/2026');
    await page.fill(
      '#gh-ly-do',
      'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
    );
    await page.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    expect(await alert()).toMatch(/công dân/iu);
    await shot('fu-05-gia-han-tu-choi');

    await page.check('#gh-da-bao');
    await page.fill('#gh-ngay-bao', '07/01/2026');
    await page.selectOption('#gh-hinh-thuc', 'phone');
    await page.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gia hạn' }).waitFor();
    expect(await page.locator('[data-extension]').innerText()).toBe(
      'Gia hạn từ 09/01/2026 đến 23/01/2026: Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất. Đã báo công dân ngày 07/01/2026 (Điện thoại).',
    );
    expect(await due.innerText()).toContain('23/01/2026');
    await shot('fu-06-da-gia-han');
  });

  it('the department drafts the written answer with its legal basis and the chair approves it', async () => {
    await moveTo('2026-01-14');
    await signIn('phongkt.chomoi');
    // A department reads the issued notice (not the chair's draft of every body's petitions).
    await page.goto(`${journey.world.url}/chair/follow-up/conclusion/${dialogue.planId}`);
    expect(await page.getByTestId('notice').innerText()).toContain('25/TB-UBND');
    expect(await page.getByRole('link', { name: 'Báo cáo tháng' }).count()).toBe(0);
    await page.goto(`${journey.world.url}/chair/`);
    await openTask(`Xác minh, trả lời bằng văn bản kiến nghị ${dialogue.land.trackingCode}`);
    await page.fill(
      '#noi-dung-tra-loi',
      'Ngày 12/01/2026 cán bộ địa chính đã đo đạc lại, xác định ranh giới thửa đất số 215 theo bản đồ địa chính năm 2015; hồ sơ cấp Giấy chứng nhận đủ điều kiện, đề nghị ông hoàn thiện tờ khai.',
    );
    await page.fill('#can-cu-phap-ly', 'Luật Đất đai 2024, Điều 137\nNghị định 101/2024/NĐ-CP');
    await page.getByRole('button', { name: 'Gửi dự thảo để duyệt' }).click();
    await page.getByRole('status').filter({ hasText: 'dự thảo' }).waitFor();

    await signIn('chutich.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await openTask(`Xác minh, trả lời bằng văn bản kiến nghị ${dialogue.land.trackingCode}`);
    await page.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã duyệt' }).waitFor();
  });

  it('the office records the written answer as sent (number, date) and the citizen’s response', async () => {
    await signIn('vpub.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await openTask(`Xác minh, trả lời bằng văn bản kiến nghị ${dialogue.land.trackingCode}`);
    await page.fill('#vb-so', '18/UBND-KT');
    await page.fill('#vb-ngay', '14/01/2026');
    await page.getByRole('button', { name: 'Ghi nhận đã gửi văn bản' }).click();
    await page.getByRole('status').filter({ hasText: 'văn bản trả lời' }).waitFor();
    const answers = page.getByTestId('petition-follow-up');
    expect(await answers.innerText()).toContain('18/UBND-KT');
    expect(await answers.innerText()).toContain('Nghị định 101/2024/NĐ-CP');

    await page.selectOption('#cd-y-kien', 'not-settled');
    await page.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    // "Not settled" must say what is not settled (the domain's rule).
    await expect.poll(alert).toMatch(/./u);
    await page.fill(
      '#cd-ghi-chu',
      'Gia đình chưa đồng ý với ranh giới phía giáp hộ ông Nông Văn Thắng.',
    );
    await page.fill('#cd-cach', 'Trực tiếp tại bộ phận một cửa');
    await page.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await page.getByTestId('citizen-responses').waitFor();
    expect(await page.getByTestId('citizen-responses').innerText()).toContain(
      'Chưa được giải quyết thỏa đáng',
    );
    await shot('fu-07-tra-loi-va-y-kien');
  });

  it('the office carries the unresolved petition over to next year’s dialogue, its history kept', async () => {
    await page.getByRole('heading', { name: 'Chuyển sang kỳ đối thoại sau' }).waitFor();
    // Issue 18: the picker names each plan by year, number, day and state, the title last.
    const next = page.locator('#ck-ke-hoach option', { hasText: NEXT_TITLE });
    expect(await next.innerText()).toMatch(/^Năm 2026 · /u);
    await page.selectOption('#ck-ke-hoach', (await next.getAttribute('value')) ?? '');
    await page.fill(
      '#ck-ly-do',
      'Công dân chưa đồng ý ranh giới phía giáp hộ liền kề; tiếp tục giải quyết tại hội nghị đối thoại năm 2026.',
    );
    await page.getByRole('button', { name: 'Chuyển kỳ sau' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã chuyển kiến nghị' }).waitFor();
    const petition = page.getByTestId('petition-follow-up');
    expect(await petition.innerText()).toContain('Chuyển kỳ đối thoại sau');
    // Its history stays: the written answer and the citizen's response are still there.
    expect(await petition.innerText()).toContain('18/UBND-KT');
    expect(await page.getByTestId('citizen-responses').innerText()).toContain(
      'Chưa được giải quyết thỏa đáng',
    );
    await shot('fu-07b-chuyen-ky-sau');
  });

  it('on Monday 19/01/2026 the deadline board shows the extended task this week with its rule, and the overdue ones by body', async () => {
    await moveTo('2026-01-19');
    await signIn('chutich.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await page.getByRole('link', { name: 'Hạn xử lý' }).click();
    await page.getByRole('heading', { name: 'Hạn xử lý' }).waitFor();
    const week = page.locator('[data-bucket="due-this-week"]');
    await week.getByText(dialogue.land.trackingCode).waitFor();
    expect(await week.innerText()).toContain('23/01/2026');
    await week.getByText('Căn cứ').first().click();
    const note = await week.locator('.rule-note').first().innerText();
    expect(note).toContain('Gia hạn từ 09/01/2026 đến 23/01/2026');
    expect(note).toMatch(/30 ngày|Điều 43/u);

    const overdue = page.locator('[data-bucket="overdue"]');
    expect(await overdue.innerText()).toContain(dialogue.security.trackingCode);
    expect(await overdue.locator('caption').allInnerTexts()).toEqual(['Công an xã']);
    const longOverdue = page.locator('[data-bucket="long-overdue"]');
    expect(await longOverdue.innerText()).toContain('Sửa chữa đoạn đường bê tông');
    expect(await longOverdue.innerText()).toContain('24/12/2025');
    await shot('fu-08-han-xu-ly');

    await overdue
      .getByRole('link', { name: new RegExp(dialogue.security.trackingCode, 'u') })
      .click();
    await page.getByRole('heading', { name: /^Nhiệm vụ:/u }).waitFor();
    expect(await page.getByTestId('task-body').innerText()).toBe('Công an xã');
  });

  it('the monthly progress report of January 2026 renders its counts and prints', async () => {
    await page.getByRole('link', { name: 'Báo cáo tháng' }).click();
    // Issue 18: the month is chosen in Vietnamese ("Tháng 1 năm 2026"), not "January 2026".
    await page.selectOption('#bc-thang', { label: 'Tháng 1' });
    await page.fill('#bc-thang-nam', '2026');
    await page.locator('#bc-thang-nam').dispatchEvent('change');
    expect(await page.locator('#bc-thang option').allInnerTexts()).toContain('Tháng 12');
    expect(await page.locator('main').innerText()).not.toMatch(/January|December/u);
    const report = page.getByTestId('monthly-report');
    await report.waitFor();
    await expect.poll(() => report.innerText()).toContain('tháng 01');
    const figure = (key: string) => report.locator(`[data-figure="${key}"]`).innerText();
    expect(await figure('received-month')).toBe('0');
    expect(await figure('received-total')).toBe('3');
    expect(await figure('answered-month')).toBe('1');
    expect(await figure('extended-month')).toBe('1');
    expect(await figure('overdue-total')).toBe('2');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    await page.pdf({
      path: join(journey.world.artifacts, 'bao-cao-tien-do-thang-01-2026.pdf'),
      format: 'A4',
    });
    await page.emulateMedia({ media: 'screen' });
    await shot('fu-09-bao-cao-thang');
  });
});
