import {
  announcedChoMoiPlan,
  describeInBrowser,
  ids,
  morning,
  prepareCommune,
  present,
  useJourney,
  type JourneyOptions,
  type PlanView,
} from '@doithoai/browser-testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  answerInWriting,
  CITIZEN,
  holdAndConclude,
  staffPetitions,
} from './public-seed.test-support.js';

// Issue 7's public pages in a real browser, no sign-in: a citizen of Chợ Mới finds seed 000's
// dialogue from /, registers online on 25/11/2025 and gets a tracking code; sending the same
// form again gives the same code; after the commune answers in writing (through the API), the
// tracking page shows the answer and the citizen says it does not settle the matter; the
// published results show no name, phone number or address.

const ACCOUNTS = {
  'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
  'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
  'vpub.chomoi': { role: 'government-office', fullName: 'Ma Văn Hùng' },
  'phongkt.chomoi': {
    role: 'department',
    fullName: 'Nông Thị Huyền',
    organisationId: () => ids.land,
  },
  'chutich.chomoi': { role: 'commune-chair', fullName: 'Nguyễn Văn Bình' },
} satisfies JourneyOptions['accounts'];
const NOTE = 'Đến nay vẫn chưa có cán bộ xuống đo đạc ranh giới.';

describeInBrowser('the public pages in a real browser', () => {
  let page: Page;
  let plan: PlanView;
  let code = '';

  const journey = useJourney(
    {
      prepare: prepareCommune,
      accounts: ACCOUNTS,
      seed: async (world) => {
        ({ plan } = await announcedChoMoiPlan(world));
        world.setClock(morning('2025-11-25'));
      },
      browserClock: morning('2025-11-25'),
    },
    (opened) => {
      page = opened.page;
      page.on('request', (request) => requested.push(request.url()));
      page.on('console', (message) => {
        if (/Content Security Policy/iu.test(message.text())) refusedByPolicy.push(message.text());
      });
    },
  );
  /** What the pages' Content-Security-Policy refused (issue 17): nothing the apps need. */
  const refusedByPolicy: string[] = [];
  /** Every address the browser asked for: no tracking code may travel in one (issue 17). */
  const requested: string[] = [];
  const { shot } = journey;
  /** A person takes time to fill the form: the server's clock moves on a minute. */
  let minutes = 0;
  const typingTime = () =>
    journey.world.setClock(
      new Date(Date.parse(morning('2025-11-25')) + 60_000 * ++minutes).toISOString(),
    );

  async function fillForm() {
    await page.fill('#dk-ho-ten', CITIZEN.fullName);
    await page.fill('#dk-dien-thoai', '0987 000 201');
    await page.fill('#dk-dia-chi', present(CITIZEN.address, "the citizen's address"));
    await page.selectOption('#dk-thon', ids.village);
    await page.selectOption('#dk-linh-vuc', 'land-environment');
    await page.fill(
      '#dk-noi-dung',
      'Đề nghị xã cử cán bộ địa chính đo đạc lại ranh giới thửa đất nhà tôi và cho biết tiến độ cấp Giấy chứng nhận.',
    );
    await page.check('#dk-phat-bieu');
  }

  it('a citizen finds the coming dialogue from the home page, without signing in', async () => {
    const home = await page.goto(`${journey.world.url}/`);
    // Issue 17: the pages carry a Content-Security-Policy that forbids framing; they still run.
    expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home?.headers()['x-frame-options']).toBe('DENY');
    expect(home?.headers()['referrer-policy']).toBe('same-origin');
    await page.getByRole('link', { name: 'Dành cho người dân' }).click();
    await page.getByRole('heading', { name: 'Đối thoại trực tiếp với Nhân dân' }).waitFor();
    await page.selectOption('#chon-xa', '02086');
    const card = page.locator(`[data-dialogue="${plan.plan.id}"]`);
    await card.waitFor();
    expect(await card.locator('[data-cutoff]').innerText()).toBe('04/12/2025');
    await shot('01-lich-doi-thoai');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('01b-lich-doi-thoai-dien-thoai');
    await page.setViewportSize({ width: 1280, height: 900 });
    await card.getByRole('link', { name: 'Xem và đăng ký ý kiến' }).click();
    await page.getByRole('heading', { name: 'Phiếu đăng ký tham gia đối thoại' }).waitFor();
    // Issue 17: the form and the footer cite the Law on Personal Data Protection and its decree,
    // never the replaced Nghị định 13/2023.
    const text = await page.locator('body').innerText();
    expect(text).toContain('91/2025/QH15');
    expect(text).toContain('356/2025/NĐ-CP');
    expect(text).not.toContain('13/2023');
  });

  it('registers online: the server’s refusals appear under each field and what was typed stays; then a tracking code', async () => {
    await fillForm();
    await page.fill('#dk-dien-thoai', '12345');
    typingTime();
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.locator('#dk-dong-y-loi').waitFor();
    expect(await page.locator('#dk-dong-y-loi').innerText()).toContain('Cần đánh dấu đồng ý');
    expect(await page.locator('#dk-dien-thoai-loi').innerText()).toContain(
      'Số điện thoại không hợp lệ',
    );
    expect(await page.inputValue('#dk-ho-ten')).toBe(CITIZEN.fullName);
    expect(await page.inputValue('#dk-noi-dung')).toContain('đo đạc lại ranh giới');
    await shot('02-loi-tung-o');

    await page.fill('#dk-dien-thoai', '0987 000 201');
    await page.check('#dk-dong-y');
    await page.check('#dk-lien-he');
    // Consent to publish the redacted answer: without it the results would not show the answer.
    await page.check('#dk-cong-khai');
    typingTime();
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByRole('heading', { name: 'Đã gửi ý kiến, kiến nghị' }).waitFor();
    code = (await page.locator('[data-tracking-code]').innerText()).trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/u);
    await shot('03-ma-tra-cuu');
  });

  it('sending the same form again gives the same code and no second record', async () => {
    await page.goBack();
    await page.getByRole('heading', { name: 'Phiếu đăng ký tham gia đối thoại' }).waitFor();
    await fillForm();
    await page.check('#dk-dong-y');
    await page.check('#dk-lien-he');
    // Consent to publish the redacted answer: without it the results would not show the answer.
    await page.check('#dk-cong-khai');
    typingTime();
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await page.getByText('Ý kiến này đã được tiếp nhận trước đó').waitFor();
    expect((await page.locator('[data-tracking-code]').innerText()).trim()).toBe(code);
    const mine = (await staffPetitions(journey.world, plan.plan.id)).filter(
      (p) => p.trackingCode === code,
    );
    expect(mine).toHaveLength(1);
    await shot('04-gui-lai-cung-ma');
  });

  it('after the commune’s written answer, the tracking page shows it and the citizen says it does not settle the matter', async () => {
    await answerInWriting(journey.world, plan.plan.id, code);
    journey.world.setClock(morning('2025-12-26'));
    await page.goto(`${journey.world.url}/cong-dan/tra-cuu`);
    await page.fill('#tc-ma', code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.locator('[data-status="answered"]').waitFor();
    const answer = await page.locator('[data-answer]').innerText();
    expect(answer).toContain('đo đạc lại ranh giới');
    expect(answer).toContain('[đã ẩn họ tên]');
    expect(await page.locator('tr[data-rule="registration-cutoff"]').innerText()).toContain(
      '04/12/2025',
    );
    expect(await page.locator('tr[data-rule="written-answer"]').innerText()).toContain(
      'Hoàn thành đúng hạn',
    );
    // Issue 18.4: every date has its state (registered on 25/11, before the 04/12 cut-off), and
    // Chợ Mới's dates cite Thái Nguyên's regulation, never Quảng Ngãi's decision.
    expect(await page.locator('tr[data-rule="registration-cutoff"]').innerText()).toContain(
      'Hoàn thành đúng hạn',
    );
    const dates = await page.locator('section[aria-labelledby="thoi-han"]').innerText();
    expect(dates).toContain('357-QĐ/TU');
    expect(dates).not.toMatch(/Quảng Ngãi|29\/2022/u);
    await shot('05-tra-cuu-co-tra-loi');

    // Issue 17: the code alone does not answer; the last 4 digits of the phone are asked.
    await page.getByRole('button', { name: 'Chưa được giải quyết thỏa đáng' }).click();
    await page.getByText('4 số cuối của số điện thoại không khớp').waitFor();
    await page.fill(
      '#tl-so-dien-thoai',
      present(CITIZEN.phone, "the citizen's phone").replace(/\D/gu, '').slice(-4),
    );
    await page.getByRole('button', { name: 'Chưa được giải quyết thỏa đáng' }).click();
    await page.locator('#tl-y-kien-loi').waitFor();
    expect(await page.locator('#tl-y-kien-loi').innerText()).toContain('Phải ghi rõ nội dung');
    await page.fill('#tl-y-kien', NOTE);
    await page.getByRole('button', { name: 'Chưa được giải quyết thỏa đáng' }).click();
    await page.locator('[data-status="not-settled"]').waitFor();
    expect(await page.locator('[data-response="not-settled"]').innerText()).toContain(NOTE);
    // Words stay apart around the bold label ("thỏa đáng — Đến nay", not "thỏa đáng— Đến nay").
    expect(await page.locator('[data-response="not-settled"]').innerText()).toContain(
      `thỏa đáng — ${NOTE}`,
    );
    await shot('06-cong-dan-chua-dong-y');
    // The code was looked up and answered in POST bodies; the page keeps it after '#', which
    // the browser never sends: no address it requested carries the code (proxy logs).
    expect(page.url()).toContain(`#ma=${code.toLowerCase()}`);
    const compact = code.replace('-', '');
    expect(
      requested.filter(
        (url) => url.toUpperCase().includes(code) || url.toUpperCase().includes(compact),
      ),
    ).toEqual([]);
  });

  it('the published results carry the conclusion notice and the answer with no name, phone or address', async () => {
    const petition = present(
      (await staffPetitions(journey.world, plan.plan.id)).find((p) => p.trackingCode === code),
      `the petition ${code}`,
    );
    await holdAndConclude(journey.world, plan, petition.id);
    await page.goto(`${journey.world.url}/cong-dan/?xa=02086`);
    await page.locator('ul.results a').first().click();
    await page.getByRole('heading', { name: 'Thông báo kết luận', exact: true }).waitFor();
    await page.locator('[data-answer-number="1"]').waitFor();
    const html = await page.content();
    expect(html).toContain('45-TB/ĐU');
    expect(html).toContain('[đã ẩn họ tên]');
    for (const personal of [
      CITIZEN.fullName,
      present(CITIZEN.phone, "the citizen's phone"),
      '0987 000 201',
      present(CITIZEN.address, "the citizen's address"),
      code,
    ])
      expect(html).not.toContain(personal);
    expect(html.normalize('NFD')).not.toContain(CITIZEN.fullName.normalize('NFD'));
    await shot('07-ket-qua-cong-bo');
  });

  it('the citizen withdraws the consent to publish the answer from the tracking page (last 4 digits); the results no longer show it', async () => {
    await page.goto(`${journey.world.url}/cong-dan/tra-cuu`);
    await page.fill('#tc-ma', code);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const publish = page.locator('[data-consent="publish-answer-redacted"]');
    await publish.waitFor();
    expect(await publish.innerText()).toContain('đang đồng ý');
    await page.fill('#rut-so-dien-thoai', '0000');
    await publish.getByRole('button', { name: 'Rút lại sự đồng ý' }).click();
    await page.getByText('4 số cuối của số điện thoại không khớp').waitFor();
    await page.fill(
      '#rut-so-dien-thoai',
      present(CITIZEN.phone, "the citizen's phone").replace(/\D/gu, '').slice(-4),
    );
    await publish.getByRole('button', { name: 'Rút lại sự đồng ý' }).click();
    await page.locator('[data-consent="publish-answer-redacted"][data-active="false"]').waitFor();
    expect(await publish.innerText()).toContain('đã rút lại');
    expect(await publish.innerText()).toMatch(/đã rút lại \(\d{2}\/\d{2}\/\d{4}/u);
    expect(await page.locator('[data-consent="contact-by-phone"]').innerText()).toContain(
      'đang đồng ý',
    );
    await shot('08-rut-lai-dong-y');

    // At once, though the results were read a moment ago (kept a minute otherwise).
    await page.goto(`${journey.world.url}/cong-dan/?xa=02086`);
    await page.locator('ul.results a').first().click();
    await page.getByRole('heading', { name: 'Thông báo kết luận', exact: true }).waitFor();
    expect(await page.locator('[data-totals]').innerText()).toContain('Đã trả lời 1');
    expect(await page.locator('[data-answer-number="1"]').count()).toBe(0);
    expect(await page.content()).not.toContain('đo đạc lại ranh giới thửa đất');
    // Every page of the journey ran under its Content-Security-Policy with nothing refused.
    expect(refusedByPolicy).toEqual([]);
  });
});
