import { RATE_EVENTS_PRUNED_PER_WRITE, recordRateEvent } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import {
  citizenFrom,
  citizenNumber,
  onlineForm,
  type OnlineForm,
} from '../routers/public/public.test-support.js';
import { outcome } from '../refusal.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

// What an outside probe did to the public limits (issue 17): many calls in one batched request,
// and registrations or guesses sent in parallel so that each was checked before any was counted.

const dialects = await testDialects();
const NOV_27 = '2025-11-27T01:00:00.000Z';
const later = (seconds: number) => new Date(Date.parse(NOV_27) + seconds * 1000).toISOString();

describe.each(dialects)('public limits hold against batches and bursts on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let village: string;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = (await choMoiPlanAt(api, 'announced', { documentNumber: 14 })).plan.id;
    village = api.tenant.villageIds[0];
  });
  afterAll(() => api.close());

  const formToken = async () => {
    const token = await outcome(citizenFrom(api).public.formToken.query({ planId }));
    expect(token.status).toBe(200);
    return token.data.token;
  };
  const register = (form: OnlineForm, token: string, ip: string) =>
    outcome(citizenFrom(api, ip).public.register.mutate({ ...form, formToken: token }));
  const rateEvents = async () =>
    (await api.handle.db.selectFrom('public_rate_events').select(['scope', 'at']).execute()).length;

  const batched = (paths: string[], init: RequestInit & { query?: string } = {}) =>
    api.app.request(
      new Request(`http://localhost/trpc/${paths.join(',')}?batch=1${init.query ?? ''}`, {
        ...init,
        headers: { 'x-real-ip': '198.51.100.30', ...(init.headers ?? {}) },
      }),
    );
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { message: string; data: { domainCode: string } } }).error;

  it('refuses a batch of more than 10 calls with a structured 400 in Vietnamese; 10 are served', async () => {
    const input = (n: number) =>
      encodeURIComponent(
        JSON.stringify(
          Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { date: '2026-01-01' }])),
        ),
      );
    const eleven = await batched(Array<string>(11).fill('calendar.toLunar'), {
      query: `&input=${input(11)}`,
    });
    expect(eleven.status).toBe(400);
    const error = await errorOf(eleven);
    expect(error.data.domainCode).toBe('BATCH_TOO_LARGE');
    expect(error.message).toBe('Một yêu cầu chỉ được gộp tối đa 10 lệnh gọi (yêu cầu này có 11).');
    const ten = await batched(Array<string>(10).fill('calendar.toLunar'), {
      query: `&input=${input(10)}`,
    });
    expect(ten.status).toBe(200);
  });

  it('refuses public mutations inside a batch: 1,001 answers or 80 registrations cannot ride one request', async () => {
    for (const paths of [
      ['public.register'],
      ['public.respond', 'public.respond'],
      ['calendar.toLunar', 'public.register'],
    ]) {
      const response = await batched(paths, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(paths.map((_, i) => [i, {}]))),
      });
      expect(response.status, paths.join()).toBe(400);
      expect((await errorOf(response)).data.domainCode).toBe('BATCH_NOT_ALLOWED');
    }
  });

  it('80 parallel registrations on one form token from one address: at most 60 are taken', async () => {
    api.setNow(NOV_27);
    const token = await formToken();
    api.setNow(later(10));
    const answers = await Promise.all(
      Array.from({ length: 80 }, (_, n) =>
        register(
          onlineForm(planId, village, {
            petitioner: { ...citizenNumber(200 + n), villageId: village },
            content: `Kiến nghị song song số ${n + 1} về đường liên thôn bị sạt lở.`,
          }),
          token,
          '203.0.113.88',
        ),
      ),
    );
    const taken = answers.filter((answer) => answer.status === 200).length;
    expect(taken).toBeLessThanOrEqual(60);
    expect(answers.every((answer) => [200, 429].includes(answer.status))).toBe(true);
    const petitions = await api.handle.db
      .selectFrom('petitions')
      .select('id')
      .where('content', 'like', 'Kiến nghị song song số %')
      .execute();
    expect(petitions.length).toBe(taken);
  });

  it('8 parallel registrations with one phone number: at most 5 are taken', async () => {
    api.setNow(later(3600));
    const token = await formToken();
    api.setNow(later(3600 + 10));
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        register(
          onlineForm(planId, village, {
            petitioner: { ...citizenNumber(500), villageId: village },
            content: `Câu hỏi khác nhau số ${n + 1} của cùng một số điện thoại.`,
          }),
          token,
          `198.51.100.${100 + n}`,
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(5);
    expect(answers.every((answer) => [200, 429].includes(answer.status))).toBe(true);
  });

  it('40 parallel wrong tracking codes from one address: at most 30 are looked up', async () => {
    api.setNow(later(7200));
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        outcome(
          citizenFrom(api, '198.51.100.200').public.track.mutate({
            code: `ZZZZ-${String(2000 + n).slice(0, 4)}`,
          }),
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 404).length).toBeLessThanOrEqual(30);
    expect(answers.every((answer) => [404, 429].includes(answer.status))).toBe(true);
  });

  it('keeps rate events only as long as the longest window (24 hours), pruning on write, bounded', async () => {
    // 150 events of two days ago, written as the old code left them (never pruned).
    for (let n = 0; n < 150; n += 1) {
      await recordRateEvent(api.handle.db, {
        scope: 'track-miss-ip',
        subjectHash: `cu-${n}`,
        at: new Date(Date.parse('2025-11-27T02:00:00.000Z') + n * 1000).toISOString(),
      });
    }
    const expired = async () =>
      (
        await api.handle.db
          .selectFrom('public_rate_events')
          .select('id')
          .where('at', '<', '2025-11-28T02:00:00.000Z')
          .execute()
      ).length;
    expect(await expired()).toBeGreaterThanOrEqual(150);
    api.setNow('2025-11-29T02:00:00.000Z');
    const before = await expired();
    await outcome(citizenFrom(api, '198.51.100.201').public.track.mutate({ code: 'ZZZZ-ZZZZ' }));
    // One write removes at most 100 expired events (bounded work per request)…
    expect(await expired()).toBe(before - Math.min(before, RATE_EVENTS_PRUNED_PER_WRITE));
    // …so a few writes remove them all; the newest event stays.
    for (let n = 0; n < 3; n += 1)
      await outcome(citizenFrom(api, '198.51.100.201').public.track.mutate({ code: 'ZZZZ-ZZZZ' }));
    expect(await expired()).toBe(0);
    expect(await rateEvents()).toBeGreaterThan(0);
  });
});
