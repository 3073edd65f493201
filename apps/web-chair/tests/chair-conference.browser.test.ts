import {
  describeInBrowser,
  morning,
  ids,
  ORGANISATIONS,
  prepareCommune,
  signInApi,
  useJourney,
  type JourneyOptions,
} from '@doithoai/browser-testing';
import { present } from '@doithoai/domain/testing';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedConference, type ConferenceSeed } from './conference-seed.test-support.js';

// Conference mode on the dialogue's day (seed 000, 10/12/2025), on the hall's laptop: the
// government office opens the conference, records outcomes, loses the network mid-way and keeps
// working — outcomes, a petition raised from the floor, attendance and minutes — and when the
// network comes back everything reaches the server exactly once. Setup through the API
// (conference-seed.ts): seed 000 announced, five citizens registered to speak, triaged.
const TODAY = morning('2025-12-10');

const ACCOUNTS = {
  'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
  'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
  'vpub.chomoi': { role: 'government-office', fullName: 'Ma Văn Hùng' },
  'chutich.chomoi': { role: 'commune-chair', fullName: 'Nguyễn Văn Bình' },
  'phongkt.chomoi': {
    role: 'department',
    fullName: 'Nông Thị Huyền',
    organisationId: () => ids.land,
  },
} satisfies JourneyOptions['accounts'];

const MINUTES =
  'Hồi 08 giờ 00 phút ngày 10/12/2025, tại Hội trường Đảng ủy xã Chợ Mới, Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân được tổ chức.';
const FLOOR_CONTENT = 'Đề nghị xã sớm lắp đèn chiếu sáng đoạn đường qua thôn Đồng Tâm.';

describeInBrowser('conference mode through a dropped network', () => {
  let page: Page;
  let seed: ConferenceSeed;

  const journey = useJourney(
    {
      prepare: prepareCommune,
      accounts: ACCOUNTS,
      seed: async (w) => void (seed = await seedConference(w)),
      browserClock: TODAY,
    },
    (opened) => (page = opened.page),
  );
  const { shot, signIn } = journey;
  const url = () => `${journey.world.url}/chair/conference/${seed.planId}`;
  const sync = () => page.locator('[data-sync]');
  const field = (id: string) => page.locator(`[id="${id}"]`);

  async function recordOutcome(code: string, kind: string, extra: Record<string, string> = {}) {
    await page.getByRole('button', { name: `Ghi kết quả cho ${code}` }).click();
    await field(`kq-${code}-loai`).selectOption(kind);
    for (const [suffix, value] of Object.entries(extra)) {
      const control = field(`kq-${code}-${suffix}`);
      if ((await control.evaluate((e) => e.tagName)) === 'SELECT')
        await control.selectOption(value);
      else await control.fill(value);
    }
    await page
      .getByRole('form', { name: `Kết quả kiến nghị ${code}` })
      .getByRole('button', { name: 'Lưu kết quả' })
      .click();
  }
  const turn = (code: string) => page.locator(`[data-turn="${code}"]`);
  const office = () => signInApi(journey.world, 'vpub.chomoi');

  // Issue 18.5: four days before the date told to the People, opening asks first.
  it('asks before opening the conference four days before its planned date', async () => {
    await signIn('vpub.chomoi');
    journey.world.setClock(morning('2025-12-06'));
    await page.goto(url());
    await page.getByRole('button', { name: 'Bắt đầu hội nghị' }).click();
    const warning = page.locator('[data-early-start]');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('10/12/2025');
    expect(await warning.innerText()).toContain('sớm 4 ngày');
    await shot('conference-00-bat-dau-som');
    await page.getByRole('button', { name: 'Không bắt đầu' }).click();
    expect(await page.locator('[data-session]').innerText()).toContain('Chưa bắt đầu');
    journey.world.setClock(TODAY);
  });

  it('opens the day’s conference from the chair app, the speakers in registration order', async () => {
    await signIn('vpub.chomoi');
    await page.getByRole('link', { name: 'Chủ tịch UBND xã' }).click();
    await page.getByRole('link', { name: 'Hội nghị', exact: true }).click();
    await page.getByRole('heading', { name: 'Hội nghị hôm nay' }).waitFor();
    await page.locator(`[data-open-conference="${seed.planId}"]`).click();
    await page.getByRole('heading', { name: 'Công dân phát biểu theo thứ tự đăng ký' }).waitFor();
    const order = await page
      .locator('[data-turn]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-turn')));
    expect(order.slice(0, 5)).toEqual([
      seed.land.code,
      seed.neighbour.code,
      seed.racing.code,
      seed.highway.code,
      seed.late.code,
    ]);
    expect(await page.locator('[data-agenda] li').count()).toBe(6); // seed 002 §4.2
    await page.getByRole('button', { name: 'Bắt đầu hội nghị' }).click();
    await page.getByText('Bắt đầu lúc 10/12/2025').waitFor();
    await expect.poll(() => sync().getAttribute('data-sync')).toBe('ok');
    await shot('conference-01-mo-hoi-nghi');
  });

  it('records outcomes while online: who answered and what was decided', async () => {
    await recordOutcome(seed.land.code, 'answer-in-writing', {
      'chuc-vu': 'Chủ tịch UBND xã',
      'co-quan': ids.land,
    });
    await turn(seed.land.code).locator('[data-outcome="answer-in-writing"]').waitFor();
    await recordOutcome(seed.racing.code, 'answered-at-conference', {
      nguoi: 'Hà Văn Quân',
      'chuc-vu': 'Trưởng Công an xã',
    });
    await turn(seed.racing.code).locator('[data-outcome="answered-at-conference"]').waitFor();
    expect(await turn(seed.land.code).innerText()).toContain(ORGANISATIONS.land);
    await expect.poll(() => sync().innerText()).toContain('Đã lưu tất cả');
  });

  it('keeps working with the network cut: outcomes, a petition from the floor, attendance, minutes', async () => {
    await page.context().setOffline(true);
    await recordOutcome(seed.neighbour.code, 'answered-at-conference', {
      'chuc-vu': 'Phó Chủ tịch UBND xã',
    });
    await recordOutcome(seed.highway.code, 'forwarded-upward', { 'chuc-vu': 'Chủ tịch UBND xã' });
    await turn(seed.neighbour.code).locator('[data-outcome-waiting]').waitFor();

    await field('tai-hn-ho-ten').fill('Hà Văn Sinh');
    await field('tai-hn-dia-chi').fill('Thôn Đồng Tâm, xã Chợ Mới');
    await field('tai-hn-noi-dung').fill(FLOOR_CONTENT);
    await page.getByLabel('Công dân đồng ý để xã tiếp nhận').check();
    await field('tai-hn-linh-vuc').selectOption('infrastructure');
    await field('tai-hn-cap-thiet').selectOption('normal');
    await field('tai-hn-tham-quyen').selectOption('commune');
    await field('tai-hn-phuc-tap').selectOption('standard');
    await page.getByRole('button', { name: 'Ghi ý kiến nêu tại hội nghị' }).click();
    await page.locator('[data-floor-waiting]').waitFor();

    await field('tp-3-co-mat').fill('128');
    await page.getByRole('button', { name: 'Lưu thành phần tham dự' }).click();
    await page.fill('#bien-ban', MINUTES);
    await page.locator('#bien-ban').blur();

    await expect.poll(() => sync().innerText()).toContain('Mất kết nối — 5 thay đổi đang chờ gửi');
    expect(await sync().getAttribute('data-sync')).toBe('bad');
    await shot('conference-02-mat-ket-noi');
    // Nothing reached the server yet.
    const before = await (await office()).conference.get.query({ planId: seed.planId });
    expect(before.minutes).toBe('');
  });

  it('sends everything exactly once when the network is back', async () => {
    await page.context().setOffline(false);
    await expect.poll(() => sync().innerText(), { timeout: 20_000 }).toContain('Đã lưu tất cả');
    await shot('conference-03-da-gui');

    const api = await office();
    const conference = await api.conference.get.query({ planId: seed.planId });
    expect(conference.minutes).toBe(MINUTES);
    expect(conference.attendance.find((a) => a.expected === 135)?.present).toBe(128);
    const list = await api.petitions.list.query({
      planId: seed.planId,
      limit: 100,
    });
    const floor = list.items.filter((p) => p.content === FLOOR_CONTENT);
    expect(floor).toHaveLength(1); // replayed or not, one petition
    expect(floor[0]).toMatchObject({ channel: 'raised-at-conference', fullName: 'Hà Văn Sinh' });
    const outcome = (id: string) => list.items.find((p) => p.id === id)?.conferenceOutcome;
    expect(outcome(seed.land.id)).toBe('answer-in-writing');
    expect(outcome(seed.racing.id)).toBe('answered-at-conference');
    expect(outcome(seed.neighbour.id)).toBe('answered-at-conference');
    expect(outcome(seed.highway.id)).toBe('forwarded-upward');
    expect(outcome(seed.late.id)).toBeNull();
    expect(conference.speakingOrder.filter((s) => s.speakerName === 'Hà Văn Sinh')).toHaveLength(1);
    expect(conference.speakingOrder.at(-1)?.speakerName).toBe('Hà Văn Sinh');
  });

  it('shows all of it after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Công dân phát biểu theo thứ tự đăng ký' }).waitFor();
    await turn(seed.highway.code).locator('[data-outcome="forwarded-upward"]').waitFor();
    await turn(seed.neighbour.code).locator('[data-outcome="answered-at-conference"]').waitFor();
    expect(await page.locator('#bien-ban').inputValue()).toBe(MINUTES);
    expect(await page.locator('[data-attendance-total]').innerText()).toContain('128');
    expect(await page.locator('[data-turn]').last().innerText()).toContain('Hà Văn Sinh');
  });

  it('sends what a page queued offline and then closed, from the next page opened online', async () => {
    const api = await office();
    const floorId = present(
      (await api.petitions.list.query({ planId: seed.planId, limit: 100 })).items.find(
        (p) => p.content === FLOOR_CONTENT,
      ),
      'the petition raised from the floor',
    ).id;
    const floorCode = present(
      await page.locator('[data-turn]').last().getAttribute('data-turn'),
      'the tracking code of the floor turn',
    );
    await page.context().setOffline(true);
    await recordOutcome(floorCode, 'answered-at-conference', {
      'chuc-vu': 'Phó Chủ tịch UBND xã',
    });
    const more = `${MINUTES}\nÔng Hà Văn Sinh đề nghị lắp đèn đường; Phó Chủ tịch UBND xã trả lời tại hội nghị.`;
    await page.fill('#bien-ban', more);
    await expect.poll(() => sync().innerText()).toContain('2 thay đổi đang chờ gửi');
    const context = page.context();
    await page.close();
    await context.setOffline(false);

    page = await context.newPage();
    await page.goto(url());
    await expect.poll(() => sync().innerText(), { timeout: 20_000 }).toContain('Đã lưu tất cả');
    const after = await api.petitions.list.query({
      planId: seed.planId,
      limit: 100,
    });
    expect(after.items.find((p) => p.id === floorId)?.conferenceOutcome).toBe(
      'answered-at-conference',
    );
    expect((await api.conference.get.query({ planId: seed.planId })).minutes).toBe(more);
    // The journey's own page is the closed one: this screenshot is taken on the new page.
    await page.screenshot({
      path: join(journey.world.artifacts, 'conference-04-gui-sau-khi-mo-lai.png'),
      fullPage: true,
    });
  });
  it('keeps both texts when the chair’s laptop saved the minutes while this one was cut off', async () => {
    const before = (await (await office()).conference.get.query({ planId: seed.planId })).minutes;
    await page.context().setOffline(true);
    const ours = `${before}\nHội nghị kết thúc lúc 11 giờ 00 phút cùng ngày.`;
    await page.fill('#bien-ban', ours);
    await expect.poll(() => sync().innerText()).toContain('1 thay đổi đang chờ gửi');
    const chair = await signInApi(journey.world, 'chutich.chomoi');
    const current = await chair.conference.get.query({ planId: seed.planId });
    const theirs = `${before}\nChủ tịch UBND xã giao Phòng Kinh tế xã đo đạc ranh giới trước 31/12/2025.`;
    await chair.conference.saveMinutes.mutate({
      planId: seed.planId,
      expectedVersion: current.version,
      minutes: theirs,
    });

    await page.context().setOffline(false);
    await expect.poll(() => sync().innerText(), { timeout: 20_000 }).toContain('Đã lưu tất cả');
    const saved = (await chair.conference.get.query({ planId: seed.planId })).minutes;
    expect(saved).toContain('Hội nghị kết thúc lúc 11 giờ 00 phút');
    expect(saved).toContain('giao Phòng Kinh tế xã đo đạc ranh giới');
    await page.getByText('Biên bản vừa được sửa trên máy khác').waitFor();
    expect(await page.locator('#bien-ban').inputValue()).toBe(saved);
  });
});
