import {
  describeInBrowser,
  morning,
  ids,
  ORGANISATIONS,
  prepareCommune,
  refusalAt,
  useJourney,
  type JourneyOptions,
} from '@doithoai/browser-testing';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedInbox, type Inbox } from './chair-seed.test-support.js';

// Issue 6's first slice in a real browser, on 05/12/2025 (the day after the cut-off): the
// government office groups a duplicate, triages a batch, forwards a matter upward and assigns one;
// the land department drafts the answer with its legal basis; the commune chair approves it.
// Setup through the API (chair-seed.ts): seed 000 announced, five registrations, one of them late.
const TODAY = morning('2025-12-05');

/** Who signs in: the Party writes the plan in setup; the others use the chair app. */
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

describeInBrowser('the chair app in a real browser', () => {
  let page: Page;
  let codes: Inbox;

  const row = (code: string) =>
    page.locator('tr', { has: page.locator(`[data-petition="${code}"]`) });
  const tick = (code: string) => page.getByRole('checkbox', { name: `Chọn ${code}` }).check();
  const openPetition = async (code: string) => {
    await page.goto(`${journey.world.url}/chair/`);
    await page.locator(`[data-petition="${code}"]`).click();
    await page.getByRole('heading', { name: `Kiến nghị ${code}` }).waitFor();
  };

  const journey = useJourney(
    {
      prepare: prepareCommune,
      accounts: ACCOUNTS,
      seed: async (w) => void (codes = await seedInbox(w)),
      browserClock: TODAY,
    },
    (opened) => (page = opened.page),
  );
  const { shot, signIn } = journey;

  it('opens the inbox from / for the government office, late registrations flagged', async () => {
    await signIn('vpub.chomoi');
    await page.getByRole('link', { name: 'Chủ tịch UBND xã' }).click();
    await page.getByRole('heading', { name: 'Hộp kiến nghị của Nhân dân' }).waitFor();
    await page.locator(`[data-petition="${codes.late}"]`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(5);
    expect(await row(codes.late).locator('[data-late]').count()).toBe(1);
    expect(await row(codes.land).locator('[data-late]').count()).toBe(0);
    await shot('01-hop-kien-nghi');
    // Issue 18: it opens on what needs action, oldest first; the late one (05/12) comes last,
    // and first when sorted newest first.
    expect(await page.locator('#loc-trang-thai').inputValue()).toBe('needs-action');
    expect(await page.locator('#loc-thu-tu').inputValue()).toBe('oldest');
    const firstCode = () => page.locator('tbody tr').first().locator('[data-petition]').innerText();
    await expect.poll(() => page.locator('tbody tr').last().innerText()).toContain(codes.late);
    await page.selectOption('#loc-thu-tu', 'newest');
    await expect.poll(firstCode).toBe(codes.late);
    await page.selectOption('#loc-thu-tu', 'oldest');
    await expect.poll(firstCode).not.toBe(codes.late);
    // A select-all for bulk triage, cleared again.
    const all = page.getByRole('checkbox', { name: 'Chọn tất cả 5 kiến nghị trên trang này' });
    await all.check();
    await page.getByRole('button', { name: 'Phân loại các kiến nghị đã chọn' }).waitFor();
    expect(await page.locator('tbody input[type="checkbox"]:checked').count()).toBe(5);
    await shot('01a-chon-tat-ca');
    await all.uncheck();
    expect(await page.locator('tbody input[type="checkbox"]:checked').count()).toBe(0);
  });

  it('searches without diacritics and filters late registrations', async () => {
    await page.fill('#loc-tu-khoa', 'duong tinh 254');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row(codes.highway).waitFor();
    // Issue 18.2: the placeholder's own examples — the field's label and a tracking code typed
    // with or without its dash, in any case.
    await page.fill('#loc-tu-khoa', 'dat dai');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await row(codes.land).waitFor();
    await row(codes.landAgain).waitFor();
    await shot('02-tim-linh-vuc');
    for (const typed of [codes.security, codes.security.replace('-', '').toLowerCase()]) {
      await page.fill('#loc-tu-khoa', typed);
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      await row(codes.security).waitFor();
    }
    await page.fill('#loc-tu-khoa', '');
    await page.selectOption('#loc-muon', 'yes');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await row(codes.late).waitFor();
    await shot('02-loc-dang-ky-muon');
    await page.selectOption('#loc-muon', '');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(5);
  });

  it('groups two citizens’ petitions about the same boundary, each keeping its own record', async () => {
    await tick(codes.land);
    await tick(codes.landAgain);
    await page.getByRole('button', { name: 'Gộp thành nhóm trùng' }).click();
    await page.getByRole('status').filter({ hasText: 'nhóm trùng' }).waitFor();
    await row(codes.land).locator('[data-group="Nhóm 1"]').waitFor();
    await row(codes.landAgain).locator('[data-group="Nhóm 1"]').waitFor();
    await row(codes.land).locator('[data-group]').click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await shot('03-nhom-trung');
    await page.getByRole('button', { name: 'Bỏ lọc nhóm' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(5);
  });

  it('triages a batch; the server’s refusal of a missing choice shows next to the field', async () => {
    for (const code of [codes.land, codes.landAgain]) await tick(code);
    await page.selectOption('#hl-linh-vuc', 'land-environment');
    await page.selectOption('#hl-tham-quyen', 'commune');
    await page.selectOption('#hl-phuc-tap', 'standard');
    await page.getByRole('button', { name: 'Phân loại các kiến nghị đã chọn' }).click();
    const urgencyError = page.locator('#hl-cap-thiet-loi');
    await urgencyError.waitFor();
    expect(await urgencyError.innerText()).toMatch(/cấp thiết/iu);
    await shot('04-tu-choi-phan-loai');
    await page.selectOption('#hl-cap-thiet', 'urgent');
    await page.getByRole('button', { name: 'Phân loại các kiến nghị đã chọn' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã phân loại 2 kiến nghị' }).waitFor();
    for (const code of [codes.land, codes.landAgain])
      await row(code).locator('[data-status="triaged"]').waitFor();
    await row(codes.security).locator('[data-status="received"]').waitFor();
    await shot('05-da-phan-loai');
  });

  it('forwards the provincial road compensation to the upper level', async () => {
    await openPetition(codes.highway);
    await page.selectOption('#pl-cap-thiet', 'normal');
    await page.selectOption('#pl-tham-quyen', 'upper-level');
    await page.selectOption('#pl-phuc-tap', 'complex');
    await page.fill('#pl-co-quan', 'UBND tỉnh Thái Nguyên');
    await page.getByRole('button', { name: 'Lưu phân loại' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu phân loại' }).waitFor();
    await page.getByRole('button', { name: 'Chuyển cấp có thẩm quyền' }).click();
    await page.locator('[data-status="forwarded"]').first().waitFor();
    expect(await page.locator('[data-referred]').innerText()).toBe('UBND tỉnh Thái Nguyên');
    await shot('06-chuyen-cap-tren');
  });

  it('assigns the boundary petition to the land department', async () => {
    await openPetition(codes.land);
    await page.getByRole('heading', { name: 'Cùng nhóm kiến nghị trùng' }).waitFor();
    await page.getByRole('button', { name: 'Giao', exact: true }).click();
    await page.locator('#co-quan-giao-loi').waitFor();
    await page.selectOption('#co-quan-giao', ids.land);
    await page.getByRole('button', { name: 'Giao', exact: true }).click();
    await page.locator('[data-status="assigned"]').first().waitFor();
    expect(await page.locator('[data-assigned]').innerText()).toBe(ORGANISATIONS.land);
    await shot('07-giao-co-quan');
  });

  it('shows the department only its own petition; it drafts the answer with its legal basis', async () => {
    await signIn('phongkt.chomoi');
    await page.goto(`${journey.world.url}/chair/`);
    await page.getByRole('heading', { name: 'Kiến nghị được giao cho cơ quan' }).waitFor();
    // Issue 18: a department's app is not titled "Chủ tịch UBND xã".
    const brand = await page.locator('.shell-header .brand').innerText();
    expect(brand).toContain('Phòng, ban chuyên môn');
    expect(brand).not.toContain('Chủ tịch');
    await page.locator(`[data-petition="${codes.land}"]`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await shot('08-phong-chuyen-mon');
    await page.locator(`[data-petition="${codes.land}"]`).click();
    await page.getByRole('button', { name: 'Gửi dự thảo để duyệt' }).click();
    await page.locator('#noi-dung-tra-loi-loi').waitFor();
    await page.fill(
      '#noi-dung-tra-loi',
      'Hồ sơ của ông đã được Văn phòng đăng ký đất đai tiếp nhận; ngày 15/12/2025 cán bộ địa chính xã sẽ đo đạc lại ranh giới với sự có mặt của hai hộ và tổ chức hòa giải tại thôn.',
    );
    await page.fill(
      '#can-cu-phap-ly',
      'Luật Đất đai năm 2024, Điều 235 (hòa giải tranh chấp đất đai); Nghị định 101/2024/NĐ-CP.',
    );
    await page.getByRole('button', { name: 'Gửi dự thảo để duyệt' }).click();
    await page.locator('[data-status="answer-drafted"]').first().waitFor();
    expect(await page.locator('[data-answer="drafted"]').innerText()).toContain('Điều 235');
    await shot('09-du-thao-tra-loi');
  });

  it('has the commune chair approve the answer', async () => {
    await signIn('chutich.chomoi');
    await openPetition(codes.land);
    await page.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await page.locator('[data-status="answer-approved"]').first().waitFor();
    await page.locator('[data-answer="approved"]').waitFor();
    await shot('10-chu-tich-duyet');
  });

  // Issue 18.1: every step the server offers must be on the petition page — the approved answer
  // is recorded as sent there, not only on a follow-up task most petitions never get.
  it('records the approved answer as sent and the citizen’s response from the petition page', async () => {
    await signIn('vpub.chomoi');
    await openPetition(codes.land);
    await page.getByRole('heading', { name: 'Ghi nhận văn bản trả lời đã gửi' }).waitFor();
    // The office reaches the citizen: the address, and the phone they agreed to be called on.
    const contact = await page.locator('[data-contact]').innerText();
    expect(contact).toContain('0987000201');
    expect(contact).toContain('Thôn 01, xã Chợ Mới');
    await page.getByRole('button', { name: 'Ghi nhận đã gửi văn bản' }).click();
    await page.locator('#vb-so-loi').waitFor();
    await page.fill('#vb-so', '312/UBND-ĐC');
    await page.getByRole('button', { name: 'Ghi nhận đã gửi văn bản' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi nhận văn bản trả lời' }).waitFor();
    await page.locator('[data-status="answered"]').first().waitFor();
    await shot('11-ghi-nhan-da-gui');
    await page.selectOption('#cd-y-kien', 'accepted');
    await page.fill('#cd-cach', 'Trực tiếp tại trụ sở UBND xã');
    await page.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await page.locator('[data-status="settled"]').first().waitFor();
    // Who did what, when: the petition's history from its audit trail, in Vietnamese.
    const history = await page.locator('[data-history]').innerText();
    expect(history).toContain('ghi nhận đã trả lời bằng văn bản');
    expect(history).toContain('Văn phòng HĐND và UBND xã');
    expect(history).not.toContain('petition.');
    await shot('12-cong-dan-dong-y');
    // Issue 18: settled, it leaves the default inbox ("Cần xử lý") but stays under "Tất cả".
    await page.goto(`${journey.world.url}/chair/`);
    await row(codes.security).waitFor();
    expect(await row(codes.land).count()).toBe(0);
    await page.selectOption('#loc-trang-thai', '');
    await row(codes.land).waitFor();
  });

  it('answers an unknown path inside the app in Vietnamese', async () => {
    await page.goto(`${journey.world.url}/chair/khong-co-trang-nay`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/Not Found/u);
    await page.getByRole('link', { name: 'Về trang chính của ứng dụng' }).waitFor();
    await shot('12a-khong-tim-thay-trang');
    // The role's guide (docs/guide/government-office.md) with its screenshots, from "Hướng dẫn".
    await page.getByRole('link', { name: 'Hướng dẫn' }).click();
    const guide = page.getByTestId('guide');
    await guide.getByRole('heading', { name: 'Hướng dẫn cho Văn phòng HĐND và UBND xã' }).waitFor();
    expect(await guide.innerText()).toContain('Chọn tất cả');
    const image = guide.locator('img').first();
    await expect
      .poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBe(640);
    await shot('12b-huong-dan');
  });

  it('sends a Party office account opening /chair/ back to / with the reason', async () => {
    await signIn('vpdu.chomoi');
    expect(await refusalAt(journey.world, page, '/chair/')).toContain('Chủ tịch UBND xã');
  });
});
