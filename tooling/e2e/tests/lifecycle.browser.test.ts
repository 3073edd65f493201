import {
  describeInBrowser,
  morning,
  present,
  signInApi,
  typePlan,
  useJourney,
  type World,
} from '@doithoai/browser-testing';
import { formatVietnameseDate } from '@doithoai/domain';
import { ADMIN_UNITS, SEED_PLANS } from '@doithoai/domain/testing';
import { readDocx } from '@doithoai/documents/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  ACCOUNTS,
  filledVillageList,
  ONLINE_CITIZEN,
  place,
  prepareSonTayHa,
  VILLAGE,
  VILLAGE_ROWS,
} from './lifecycle-world.test-support.js';

// Issue 9: one dialogue from plan to closure across every app and role, in a real browser, on
// seed 004 (the People's Committee of Sơn Tây Hạ, Quảng Ngãi's QĐ 29/2022/QĐ-UBND):
// 20/11/2025 the office drafts the plan, the chair returns it, the office fixes the day
// (18/12/2025), the chair approves it, the office announces it and downloads the plan and the
// notice; 25/11 a citizen registers online; 26/11 the Front imports Thôn Thượng's list and
// forwards the compilation; 01/12 the office triages (a duplicate grouped) and assigns; the land
// department drafts an answer, the chair approves; 18/12 conference mode records the outcomes
// and a petition from the floor; 22/12 the chair issues the conclusion notice; 09/01/2026 the
// office extends one task; 10/02/2026 the police task is overdue on the deadline board, the Front
// records a finding and escalates it, the secretary sees it; the citizen's tracking page and the
// public results carry nothing personal; the documents open in Word's format.
const COMMUNE = ADMIN_UNITS.sonTayHa.code;
const DIALOGUE = '2025-12-18';
const seed = SEED_PLANS.sonTayHa2025;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Petition {
  id: string;
  trackingCode: string;
  fullName: string;
  content: string;
  status: string;
  version: number;
}

describeInBrowser('a dialogue from plan to closure, across every app', () => {
  let world: World;
  let page: Page;
  let context: BrowserContext;
  let planUrl = '';
  let onlineCode = '';

  const journey = useJourney(
    {
      commune: 'sonTayHa',
      prepare: prepareSonTayHa,
      accounts: ACCOUNTS,
      browserClock: morning('2025-11-20'),
    },
    (opened) => ({ world, page, context } = opened),
  );
  const { shot, signIn } = journey;

  /** Server and browser on `date`, 09:00 in Vietnam. */
  async function moveTo(date: string, minutes = 0) {
    const instant = new Date(Date.parse(morning(date)) + minutes * 60_000).toISOString();
    world.setClock(instant);
    await context.clock.setFixedTime(new Date(instant));
  }
  const planId = () => present(planUrl.split('/').at(-1), 'the plan id in its URL');
  const status = (value: string) =>
    page.locator(`[data-testid="plan-status"] .badge[data-status="${value}"]`).first().waitFor();
  const inChair = (path = '') => page.goto(`${world.url}/chair/${path}`);
  async function petitions(): Promise<Petition[]> {
    const office = await signInApi(world, 'vpub.sontayha');
    return (await office.petitions.list.query({ planId: planId(), limit: 100 })).items;
  }
  const byContent = async (start: string) =>
    present(
      (await petitions()).find((p) => p.content.startsWith(start)),
      `the petition starting ${start}`,
    );
  /** A download through the browser's own session; its bytes and headers. */
  async function download(path: string) {
    const response = await context.request.get(`${world.url}${path}`);
    expect(response.status(), path).toBe(200);
    return { body: await response.body(), type: response.headers()['content-type'] };
  }

  it('20.11.2025 — the office drafts seed 004, the chair returns it, the office fixes the day', async () => {
    await signIn('vpub.sontayha');
    await page.getByRole('link', { name: 'Chủ tịch UBND xã' }).click();
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
    await page.locator('#title').waitFor();
    await typePlan(page, seed);
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.locator('[data-rule]').first().waitFor();
    planUrl = page.url();
    await page.getByRole('button', { name: 'Trình ký (gửi Chủ tịch UBND phê duyệt)' }).click();
    await status('submitted');

    await signIn('chutich.sontayha');
    await page.goto(planUrl);
    await page.fill('#return-comment', 'Ấn định ngày đối thoại cụ thể: 18/12/2025, 08 giờ.');
    await page
      .getByRole('form', { name: 'Trả lại để chỉnh sửa' })
      .getByRole('button', { name: 'Trả lại' })
      .click();
    await status('returned');

    await signIn('vpub.sontayha');
    await page.goto(planUrl);
    await page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await page.locator('#timing-kind').waitFor();
    await page.selectOption('#timing-kind', 'date');
    await page.fill('#timing-date', formatVietnameseDate(DIALOGUE));
    await page.fill('#timing-start', '08:00');
    await page.fill('#timing-note', '');
    await page.fill('#venue-name', 'Hội trường UBND xã Sơn Tây Hạ');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.locator('[data-rule="public-notice"]').waitFor();
    // Quảng Ngãi's rule: the public notice at least 7 working days before 18/12/2025.
    expect(await page.locator('[data-rule="public-notice"]').innerText()).toBe('08/12/2025');
    await page.getByRole('button', { name: 'Trình ký (gửi Chủ tịch UBND phê duyệt)' }).click();
    await status('submitted');
    await shot('e2e-01-ke-hoach-trinh-lai');
  });

  it('20.11.2025 — the chair approves it as 215/KH-UBND; the office announces it and downloads the plan and the notice', async () => {
    await signIn('chutich.sontayha');
    await page.goto(planUrl);
    await page.fill('#approve-number', '215');
    await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await status('approved');

    await signIn('vpub.sontayha');
    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Đã phát hành thông báo, giấy mời' }).click();
    await status('announced');
    await shot('e2e-02-da-thong-bao');

    const plan = await download(`/documents/plans/${planId()}/ke-hoach.docx`);
    expect(plan.type).toBe(DOCX);
    const planText = readDocx(plan.body).text;
    expect(planText).toContain('215/KH-UBND');
    // The header breaks after "ỦY BAN NHÂN DÂN" (issue 16): the name read across its lines.
    expect(planText.replaceAll('\n', ' ')).toContain('ỦY BAN NHÂN DÂN XÃ SƠN TÂY HẠ');
    expect(planText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(planText).toMatch(/18\/12\/2025|ngày 18 tháng 12 năm 2025/u);
    const notice = await download(`/documents/plans/${planId()}/thong-bao.docx`);
    expect(readDocx(notice.body).text).toContain('08 giờ 00, ngày 18 tháng 12 năm 2025');
  });

  it('25.11.2025 — a citizen registers online from the public pages and gets a tracking code', async () => {
    await moveTo('2025-11-25');
    await context.clearCookies();
    await page.goto(`${world.url}/`);
    await page.getByRole('link', { name: 'Dành cho người dân' }).click();
    await page.selectOption('#chon-xa', COMMUNE);
    const card = page.locator(`[data-dialogue="${planId()}"]`);
    await card.getByRole('link', { name: 'Xem và đăng ký ý kiến' }).click();
    await page.getByRole('heading', { name: 'Phiếu đăng ký tham gia đối thoại' }).waitFor();
    await page.fill('#dk-ho-ten', ONLINE_CITIZEN.fullName);
    await page.fill('#dk-dien-thoai', ONLINE_CITIZEN.phone);
    await page.fill('#dk-dia-chi', ONLINE_CITIZEN.address);
    await page.selectOption('#dk-thon', place.village);
    await page.selectOption('#dk-linh-vuc', 'land-environment');
    await page.fill('#dk-noi-dung', ONLINE_CITIZEN.content);
    await page.check('#dk-phat-bieu');
    await page.check('#dk-dong-y');
    // A person takes a few minutes over the form (the server's fill-time token).
    await moveTo('2025-11-25', 3);
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByRole('heading', { name: 'Đã gửi ý kiến, kiến nghị' }).waitFor();
    onlineCode = (await page.locator('[data-tracking-code]').innerText()).trim();
    expect(onlineCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/u);
    await shot('e2e-03-dang-ky-truc-tuyen');
  });

  it("26.11.2025 — the Front imports Thôn Thượng's list from its template and forwards the compilation", async () => {
    await moveTo('2025-11-26');
    await signIn('mttq.sontayha');
    await page.getByRole('link', { name: /Ủy ban MTTQ xã/u }).click();
    await page.waitForURL(/\/front\//u);
    const front = await signInApi(world, 'mttq.sontayha');
    await page.selectOption('#nt-thon', place.village);
    await page.setInputFiles('#nt-tep', {
      name: 'thon-thuong.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await filledVillageList(front),
    });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.getByRole('button', { name: `Nhập ${VILLAGE_ROWS.length} ý kiến` }).click();
    await page.getByText(`Đã nhập ${VILLAGE_ROWS.length} ý kiến của ${VILLAGE}.`).waitFor();
    await page.fill('#gt-ghi-chu', 'Tổng hợp ý kiến của Nhân dân thôn Thượng.');
    await page.getByRole('button', { name: 'Gửi tổng hợp' }).click();
    await page.getByText(/^Đã gửi \d+ đăng ký cho người chủ trì ngày 26\/11\/2025/u).waitFor();
    await shot('e2e-04-mttq-gui-tong-hop');
    expect((await petitions()).map((p) => p.fullName).sort()).toEqual(
      [ONLINE_CITIZEN.fullName, ...VILLAGE_ROWS.map((r) => r.fullName)].sort(),
    );
  });

  it('01.12.2025 — the office groups the duplicate, triages the batch and assigns each to its body', async () => {
    await moveTo('2025-12-01');
    await signIn('vpub.sontayha');
    await inChair();
    const [online, villageLand, security] = await Promise.all([
      byContent(ONLINE_CITIZEN.content.slice(0, 30)),
      byContent(present(VILLAGE_ROWS[0], 'the first village row').content.slice(0, 30)),
      byContent(present(VILLAGE_ROWS[1], 'the second village row').content.slice(0, 30)),
    ]);
    const tick = (code: string) => page.getByRole('checkbox', { name: `Chọn ${code}` }).check();
    await page.locator(`[data-petition="${online.trackingCode}"]`).waitFor();
    await tick(online.trackingCode);
    await tick(villageLand.trackingCode);
    await page.getByRole('button', { name: 'Gộp thành nhóm trùng' }).click();
    await page.getByRole('status').filter({ hasText: 'nhóm trùng' }).waitFor();
    const triageBatch = async (codes: string[], field: string) => {
      for (const code of codes) await tick(code);
      await page.selectOption('#hl-linh-vuc', field);
      await page.selectOption('#hl-cap-thiet', 'normal');
      await page.selectOption('#hl-tham-quyen', 'commune');
      await page.selectOption('#hl-phuc-tap', 'standard');
      await page.getByRole('button', { name: 'Phân loại các kiến nghị đã chọn' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Đã phân loại ${codes.length} kiến nghị` })
        .waitFor();
    };
    await triageBatch([online.trackingCode, villageLand.trackingCode], 'land-environment');
    await triageBatch([security.trackingCode], 'security-order');

    const assign = async (code: string, body: string) => {
      await inChair();
      await page.locator(`[data-petition="${code}"]`).click();
      await page.getByRole('heading', { name: `Kiến nghị ${code}` }).waitFor();
      await page.selectOption('#co-quan-giao', body);
      await page.getByRole('button', { name: 'Giao', exact: true }).click();
      await page.locator('[data-status="assigned"]').first().waitFor();
    };
    await assign(online.trackingCode, place.land);
    await assign(security.trackingCode, place.police);
    await shot('e2e-05-phan-loai-giao');
  });

  it('03.12.2025 — the land department drafts the answer with its legal basis; the chair approves it', async () => {
    await moveTo('2025-12-03');
    const online = await byContent(ONLINE_CITIZEN.content.slice(0, 30));
    await signIn('phongkt.sontayha');
    await inChair();
    await page.locator(`[data-petition="${online.trackingCode}"]`).click();
    await page.fill(
      '#noi-dung-tra-loi',
      'Ngày 10/12/2025 công chức địa chính xã sẽ đo đạc lại ranh giới thửa đất giáp suối Đắk Rinh với sự có mặt của các hộ liền kề; hồ sơ cấp Giấy chứng nhận được giải quyết sau khi có kết quả đo đạc.',
    );
    await page.fill(
      '#can-cu-phap-ly',
      'Luật Đất đai năm 2024, Điều 137; Nghị định 101/2024/NĐ-CP.',
    );
    await page.getByRole('button', { name: 'Gửi dự thảo để duyệt' }).click();
    await page.locator('[data-status="answer-drafted"]').first().waitFor();

    await signIn('chutich.sontayha');
    await inChair(`petitions/${online.id}`);
    await page.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await page.locator('[data-status="answer-approved"]').first().waitFor();
    await shot('e2e-06-chu-tich-duyet');
  });

  it('18.12.2025 — conference mode records the outcomes and a petition raised from the floor', async () => {
    await moveTo(DIALOGUE);
    const [online, security] = await Promise.all([
      byContent(ONLINE_CITIZEN.content.slice(0, 30)),
      byContent(present(VILLAGE_ROWS[1], 'the second village row').content.slice(0, 30)),
    ]);
    await signIn('vpub.sontayha');
    await inChair('conference');
    await page.locator(`[data-open-conference="${planId()}"]`).click();
    await page.getByRole('heading', { name: 'Công dân phát biểu theo thứ tự đăng ký' }).waitFor();
    await page.getByRole('button', { name: 'Bắt đầu hội nghị' }).click();
    const field = (id: string) => page.locator(`[id="${id}"]`);
    async function recordOutcome(code: string, kind: string, body?: string) {
      await page.getByRole('button', { name: `Ghi kết quả cho ${code}` }).click();
      await field(`kq-${code}-loai`).selectOption(kind);
      await field(`kq-${code}-chuc-vu`).fill('Chủ tịch UBND xã');
      if (body) await field(`kq-${code}-co-quan`).selectOption(body);
      await page
        .getByRole('form', { name: `Kết quả kiến nghị ${code}` })
        .getByRole('button', { name: 'Lưu kết quả' })
        .click();
      await page.locator(`[data-turn="${code}"] [data-outcome="${kind}"]`).waitFor();
    }
    await recordOutcome(online.trackingCode, 'answer-in-writing', place.land);
    await recordOutcome(security.trackingCode, 'answer-in-writing', place.police);
    await field('tai-hn-ho-ten').fill('Đinh Văn Tám');
    await field('tai-hn-dia-chi').fill('Thôn Hạ, xã Sơn Tây Hạ');
    await field('tai-hn-noi-dung').fill(
      'Đề nghị xã sớm sửa chữa cầu tràn qua suối Đắk Rinh trước mùa mưa năm sau.',
    );
    await page.getByLabel('Công dân đồng ý để xã tiếp nhận').check();
    await field('tai-hn-linh-vuc').selectOption('infrastructure');
    await field('tai-hn-cap-thiet').selectOption('normal');
    await field('tai-hn-tham-quyen').selectOption('commune');
    await field('tai-hn-phuc-tap').selectOption('standard');
    await page.getByRole('button', { name: 'Ghi ý kiến nêu tại hội nghị' }).click();
    await page.locator('[data-turn]').last().getByText('Đinh Văn Tám').waitFor();
    await expect.poll(() => page.locator('[data-sync]').innerText()).toContain('Đã lưu tất cả');
    await shot('e2e-07-hoi-nghi');

    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Đã tổ chức đối thoại' }).click();
    await status('held');
  });

  it('22.12.2025 — the chair issues the conclusion notice drafted from the outcomes, on time', async () => {
    await moveTo('2025-12-22');
    await signIn('chutich.sontayha');
    await inChair();
    await page.getByRole('link', { name: 'Sau hội nghị' }).click();
    await page.locator(`[data-conclusion="${planId()}"]`).click();
    // Quảng Ngãi's rule: within 7 working days of 18/12/2025.
    await page
      .getByTestId('conclusion-deadline')
      .getByText('29/12/2025', { exact: true })
      .waitFor();
    await page.fill('#tb-so', '230');
    await page.fill('#tb-ky-hieu', 'TB-UBND');
    await page.fill('#tb-nguoi-ky', 'Nguyễn Thị Tình');
    await page.getByRole('button', { name: 'Ban hành Thông báo kết luận' }).click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').innerText()).toContain(
      'Thông báo kết luận số 230/TB-UBND ngày 22/12/2025',
    );
    expect(await page.locator('[data-timeliness]').getAttribute('data-timeliness')).toBe(
      'met-on-time',
    );
    await shot('e2e-08-ket-luan');
  });

  it('09.01.2026 — the office extends the land task with a reason, the citizen told', async () => {
    await moveTo('2026-01-09');
    const online = await byContent(ONLINE_CITIZEN.content.slice(0, 30));
    await signIn('vpub.sontayha');
    await inChair();
    await page.getByRole('link', { name: 'Sau hội nghị' }).click();
    await page
      .getByRole('link', {
        name: `Xác minh, trả lời bằng văn bản kiến nghị ${online.trackingCode}`,
      })
      .first()
      .click();
    await page.getByRole('heading', { name: /^Nhiệm vụ:/u }).waitFor();
    await page.fill('#gh-han-moi', '06/02/2026');
    await page.fill(
      '#gh-ly-do',
      'Chờ Văn phòng đăng ký đất đai tỉnh Quảng Ngãi trích lục hồ sơ địa chính thửa đất.',
    );
    await page.check('#gh-da-bao');
    await page.fill('#gh-ngay-bao', '09/01/2026');
    await page.selectOption('#gh-hinh-thuc', 'phone');
    await page.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gia hạn' }).waitFor();
    expect(await page.getByTestId('task-due').innerText()).toContain('06/02/2026');
    await shot('e2e-09-gia-han');
  });

  it('10.02.2026 — the police task is overdue on the deadline board; the Front records a finding and escalates it', async () => {
    await moveTo('2026-02-10');
    const security = await byContent(
      present(VILLAGE_ROWS[1], 'the second village row').content.slice(0, 30),
    );
    await signIn('chutich.sontayha');
    await inChair();
    await page.getByRole('link', { name: 'Hạn xử lý' }).click();
    await page.getByRole('heading', { name: 'Hạn xử lý' }).waitFor();
    const late = page.locator('[data-bucket="overdue"], [data-bucket="long-overdue"]');
    await late.getByText(security.trackingCode).first().waitFor();
    await shot('e2e-10-han-xu-ly');

    await signIn('mttq.sontayha');
    await page.goto(`${world.url}/front/giam-sat?ke_hoach=${planId()}`);
    const board = page.getByRole('table', { name: 'Bảng theo dõi giám sát' });
    const patrol = board.getByRole('row').filter({ hasText: security.trackingCode });
    await patrol.first().waitFor();
    await patrol.first().getByRole('button', { name: 'Ghi nhận giám sát' }).click();
    await page
      .getByTestId('finding-form')
      .locator('#gs-noi-dung')
      .fill('Đã kiểm tra thực tế tại thôn Thượng: chưa có tổ tuần tra ban đêm.');
    await page.fill('#gs-ngay', '10/02/2026');
    await page.getByTestId('finding-form').getByRole('button', { name: 'Ghi nhận' }).click();
    await page
      .getByText(/^Đã ghi nhận/u)
      .first()
      .waitFor();
    await patrol.first().getByRole('button', { name: 'Ghi nhận giám sát' }).click();
    await page.fill(
      '#gs-bao-cao',
      'Việc trả lời kiến nghị về an ninh trật tự thôn Thượng đã quá hạn, đề nghị Bí thư chỉ đạo Công an xã.',
    );
    await page.getByRole('button', { name: 'Báo cáo Bí thư' }).click();
    await page.getByText('Đã báo cáo Bí thư Đảng ủy, đề nghị chỉ đạo.').waitFor();
    await shot('e2e-11-mttq-bao-cao-bi-thu');

    await signIn('bithu.sontayha');
    await page.goto(`${world.url}/party/findings?year=2025`);
    await page
      .getByRole('table', { name: 'Báo cáo Bí thư, đề nghị chỉ đạo' })
      .getByText('đề nghị Bí thư chỉ đạo Công an xã', { exact: false })
      .waitFor();
    await shot('e2e-12-bi-thu-xem');
  });

  it("the citizen's tracking page and the published results carry nothing personal of anyone else", async () => {
    await context.clearCookies();
    await page.goto(`${world.url}/cong-dan/tra-cuu`);
    await page.fill('#tc-ma', onlineCode);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.locator('[data-status]').first().waitFor();
    expect(await page.locator('tr[data-rule="conclusion-notice"]').innerText()).toContain(
      '29/12/2025',
    );
    await shot('e2e-13-tra-cuu');

    await page.goto(`${world.url}/cong-dan/?xa=${COMMUNE}`);
    await page.locator('ul.results a').first().click();
    await page.getByRole('heading', { name: 'Thông báo kết luận', exact: true }).waitFor();
    const html = await page.content();
    expect(html).toContain('230/TB-UBND');
    for (const personal of [
      ONLINE_CITIZEN.fullName,
      ONLINE_CITIZEN.phone,
      ONLINE_CITIZEN.address,
      ...VILLAGE_ROWS.flatMap((r) => [r.fullName, r.phone]),
      'Đinh Văn Tám',
      onlineCode,
    ])
      expect(html).not.toContain(personal);
    await shot('e2e-14-ket-qua-cong-bo');
  });

  it('the conclusion notice and the petition register download as Word and Excel files', async () => {
    await signIn('vpub.sontayha');
    const conclusion = await download(`/documents/plans/${planId()}/thong-bao-ket-luan.docx`);
    expect(conclusion.type).toBe(DOCX);
    const text = readDocx(conclusion.body).text;
    expect(text).toContain('230/TB-UBND');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    const register = await download(`/documents/plans/${planId()}/so-theo-doi-kien-nghi.xlsx`);
    expect(register.body.subarray(0, 2).toString()).toBe('PK');
  });
});
