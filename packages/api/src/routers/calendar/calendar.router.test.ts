import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { refusal } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)('the public calendar and deadlines contract on $name', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(dialect);
  });
  afterAll(() => api.close());

  it('calendar.holidays lists a year with kinds and sources, without signing in', async () => {
    const data = await api.anonymous.calendar.holidays.query({ year: 2026 });
    expect(data.find((d) => d.date === '2026-02-17')).toMatchObject({ kind: 'holiday' });
    expect(data.find((d) => d.date === '2026-01-10')).toMatchObject({ kind: 'swapped-workday' });
    expect(data.every((d) => d.source.length > 0)).toBe(true);
  });

  it('calendar.addWorkingDays counts forwards and backwards and says what it skipped', async () => {
    const forward = await api.anonymous.calendar.addWorkingDays.query({
      from: '2026-02-06',
      days: 7,
    });
    expect(forward.date).toBe('2026-02-24');
    expect(forward.skipped.some((s) => s.date === '2026-02-17')).toBe(true);
    const backward = await api.anonymous.calendar.addWorkingDays.query({
      from: '2025-12-10',
      days: -7,
    });
    expect(backward.date).toBe('2025-12-01');
  });

  it('calendar.addWorkingDays answers every count its schema allows, and bad input with a 400, never a 500', async () => {
    const far = await api.anonymous.calendar.addWorkingDays.query({
      from: '2026-01-01',
      days: 2498,
    });
    expect(far.date).toMatch(/^2036-/u);
    for (const days of [3660, -3660]) {
      const edge = await api.anonymous.calendar.addWorkingDays.query({ from: '2100-12-31', days });
      expect(edge.date, String(days)).toMatch(/^\d{4}-\d\d-\d\d$/u);
    }
    for (const from of ['9999-12-01', '0001-01-02']) {
      const refused = await refusal(
        api.anonymous.calendar.addWorkingDays.query({ from, days: 3660 }),
      );
      expect(refused.httpStatus, from).toBe(400);
      expect(refused.message).toContain('1900–2100');
    }
  });

  it('calendar.toLunar and calendar.fromLunar convert both ways', async () => {
    expect(await api.anonymous.calendar.toLunar.query({ date: '2026-02-17' })).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
    });
    expect(
      await api.anonymous.calendar.fromLunar.query({
        year: 2025,
        month: 6,
        day: 1,
        leap: true,
      }),
    ).toEqual({ date: '2025-07-25' });
  });

  it('refuses a bad date with a structured Vietnamese error, never a 500', async () => {
    const error = await refusal(
      api.anonymous.calendar.addWorkingDays.query({
        from: '2025-02-30',
        days: 3,
      }),
    );
    expect(error.httpStatus).toBe(400);
    expect(error.domainCode).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors?.['from']?.[0]).toContain('Ngày không hợp lệ');
    // The message itself is a sentence a person can read, not the validator's JSON.
    expect(error.message).toMatch(/^Thông tin gửi lên chưa hợp lệ: Ngày không hợp lệ/u);
    expect(error.message).not.toContain('{');
  });

  it('refuses a leap month that year does not have with the domain code', async () => {
    const error = await refusal(
      api.anonymous.calendar.fromLunar.query({
        year: 2026,
        month: 3,
        day: 1,
        leap: true,
      }),
    );
    expect(error.httpStatus).toBe(400);
    expect(error.domainCode).toBe('LUNAR_DATE_INVALID');
  });

  it('deadlines.profiles lists every profile with its rules and sources', async () => {
    const data = await api.anonymous.deadlines.profiles.query();
    expect(data.map((p) => p.id)).toContain('quang-ngai-29-2022-qd-ubnd');
    expect(data.every((p) => p.rules.every((r) => r.source.length > 0))).toBe(true);
  });

  it('deadlines.schedule gives each rule its due date, state and explanation', async () => {
    const data = await api.anonymous.deadlines.schedule.query({
      profile: 'quang-ngai-29-2022-qd-ubnd',
      events: { dialogue: '2025-12-10' },
      asOf: '2025-11-27',
    });
    expect(data.find((e) => e.ruleId === 'public-notice')).toMatchObject({
      dueDate: '2025-11-28',
      state: 'due-soon',
    });
    expect(data.find((e) => e.ruleId === 'conclusion-notice')?.explanation).toContain(
      '7 ngày làm việc',
    );
  });

  it('GET /healthz reports the database', async () => {
    const response = await api.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: dialect.name });
  });

  it('refuses a cross-site or non-JSON mutation, and an oversized body, never with a 200', async () => {
    const url = 'http://localhost/trpc/deadlines.schedule';
    const form = await api.app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const crossSite = await api.app.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        host: 'localhost',
      },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const opaqueOrigin = await api.app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'null', host: 'localhost' },
      body: '{}',
    });
    expect(opaqueOrigin.status).toBe(403);
    const huge = await api.app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });
});
