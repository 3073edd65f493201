import { recordLoginAttempt } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserLike, sessionTokenOf } from '../auth/http-session.test-support.js';
import { hashPassword } from '../auth/password.js';
import { PASSWORD_WORK } from '../auth/password-work.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

// What an outside probe did to the login (issue 17): many guesses in one batched request, many
// guesses in parallel, and lockouts aimed at somebody else. Each is answered here.

const dialects = await testDialects();

const PASSWORD = 'Mật khẩu đúng của xã 2025';
const START = '2025-11-20T02:00:00.000Z'; // 09:00 in Vietnam
const minutesAfter = (minutes: number) =>
  new Date(Date.parse(START) + minutes * 60_000).toISOString();

describe.each(dialects)('login throttling holds against bursts and targets on $name', (dialect) => {
  let api: TestApi;
  let username: (role: 'commune-chair' | 'party-secretary' | 'front-chair' | 'village') => string;

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: START });
    const hash = await hashPassword(PASSWORD);
    await api.handle.db.updateTable('accounts').set({ password_hash: hash }).execute();
    username = (role) => api.tenant.accounts[role].username;
  });
  afterAll(() => api.close());
  beforeEach(() => api.setNow(START));

  const failuresOf = async (name: string) =>
    (
      await api.handle.db
        .selectFrom('login_attempts')
        .select('id')
        .where('username', '=', name)
        .execute()
    ).length;

  it('refuses a batch of 25 wrong passwords then the right one whole: 400, nobody signed in, nothing counted', async () => {
    const target = username('commune-chair');
    const calls = [...Array.from({ length: 25 }, (_, n) => `sai ${n}`), PASSWORD];
    const body = Object.fromEntries(
      calls.map((password, n) => [n, { username: target, password }]),
    );
    const response = await api.app.request(
      new Request(`http://localhost/trpc/${calls.map(() => 'auth.login').join(',')}?batch=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': '198.51.100.1' },
        body: JSON.stringify(body),
      }),
    );
    expect(response.status).toBe(400);
    expect(sessionTokenOf(response.headers)).toBeNull();
    const { error } = (await response.json()) as {
      error: { message: string; data: { domainCode: string } };
    };
    expect(['BATCH_TOO_LARGE', 'BATCH_NOT_ALLOWED']).toContain(error.data.domainCode);
    expect(error.message).toMatch(/gộp/u);
    expect(await failuresOf(target)).toBe(0);
  });

  it('refuses a login inside a batch of any size, with a Vietnamese message saying why', async () => {
    const response = await api.app.request(
      new Request('http://localhost/trpc/auth.login?batch=1', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': '198.51.100.2' },
        body: JSON.stringify({ 0: { username: username('commune-chair'), password: PASSWORD } }),
      }),
    );
    expect(response.status).toBe(400);
    expect(sessionTokenOf(response.headers)).toBeNull();
    const { error } = (await response.json()) as {
      error: { message: string; data: { domainCode: string; httpStatus: number } };
    };
    expect(error.data).toMatchObject({ domainCode: 'BATCH_NOT_ALLOWED', httpStatus: 400 });
    expect(error.message).toBe('Lệnh gọi auth.login phải được gửi riêng, không gộp với lệnh khác.');
  });

  it('of 12 parallel wrong passwords for one user from one address, only 5 are checked', async () => {
    const target = username('party-secretary');
    const guesser = browserLike(api.app, '198.51.100.3');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, n) => guesser.login(target, `đoán song song ${n}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    const checked = statuses.filter((status) => status === 401).length;
    // Parallel attempts see each other: at most 5 get their password checked (fewer when they
    // all arrive at once — a refused one is removed, never counted), the rest wait.
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(
      true,
    );
    expect(await failuresOf(target)).toBe(checked);
  });

  it('delays grow with each failure beyond the free ones: 5, then 10 minutes', async () => {
    const target = username('front-chair');
    const guesser = browserLike(api.app, '198.51.100.4');
    for (let n = 0; n < 5; n += 1) expect((await guesser.login(target, 'sai')).status).toBe(401);
    api.setNow(minutesAfter(5));
    expect((await guesser.login(target, 'sai lần 6')).status).toBe(401);
    api.setNow(minutesAfter(14));
    const held = await guesser.login(target, PASSWORD);
    expect(held.status).toBe(429);
    expect(held.error?.data.details).toMatchObject({ retryAt: minutesAfter(15) });
    expect(held.headers.get('retry-after')).toBe('60');
    api.setNow(minutesAfter(15));
    expect((await guesser.login(target, PASSWORD)).status).toBe(200);
  });

  it('a guesser at one address does not lock the user out at another', async () => {
    const target = username('village');
    const guesser = browserLike(api.app, '198.51.100.5');
    for (let n = 0; n < 8; n += 1) await guesser.login(target, `sai ${n}`);
    expect((await guesser.login(target, PASSWORD)).status).toBe(429);
    expect((await browserLike(api.app, '203.0.113.50').login(target, PASSWORD)).status).toBe(200);
    // …and that success does not lift the guesser's own delay.
    expect((await guesser.login(target, PASSWORD)).status).toBe(429);
  });

  it('guessing one user from many addresses is stopped, but not at the user’s own office', async () => {
    const target = 'lanh.dao.xa';
    await api.handle.db
      .updateTable('accounts')
      .set({ username: target })
      .where('id', '=', api.tenant.accounts['party-office'].id)
      .execute();
    const office = browserLike(api.app, '203.0.113.60');
    expect((await office.login(target, PASSWORD)).status).toBe(200);
    api.setNow(minutesAfter(1));
    for (let n = 0; n < 20; n += 1)
      expect((await browserLike(api.app, `192.0.2.${n + 1}`).login(target, 'sai')).status).toBe(
        401,
      );
    const botnet = await browserLike(api.app, '192.0.2.200').login(target, PASSWORD);
    expect(botnet.status).toBe(429);
    expect(botnet.error?.data.details).toMatchObject({ scope: 'username' });
    expect((await office.login(target, PASSWORD)).status).toBe(200);
  });

  it('others’ failures at a shared commune hall never lock out an officer who signs in there', async () => {
    const hall = '203.0.113.70';
    const officer = browserLike(api.app, hall);
    expect((await officer.login(username('commune-chair'), PASSWORD)).status).toBe(200);
    for (let n = 0; n < 60; n += 1) {
      await recordLoginAttempt(api.handle.db, {
        username: `khach.${n}`,
        ip: hall,
        at: minutesAfter(n / 10),
        succeeded: false,
      });
    }
    api.setNow(minutesAfter(7));
    expect((await officer.login(username('commune-chair'), PASSWORD)).status).toBe(200);
    // Someone who never signed in there is still held back by the address's limit.
    const stranger = await browserLike(api.app, hall).login('nguoi.la', 'sai');
    expect(stranger.status).toBe(429);
    expect(stranger.error?.data.details).toMatchObject({ scope: 'ip' });
  });

  it('bounds password checks: with the queue full a login answers 503 with Retry-After, counting nothing', async () => {
    const target = username('commune-chair');
    const gate = { open: () => {} };
    const held = new Promise<void>((resolve) => (gate.open = resolve));
    const capacity = PASSWORD_WORK.concurrency + PASSWORD_WORK.capacity;
    const blockers = Array.from({ length: capacity }, () => PASSWORD_WORK.run(() => held));
    try {
      const busy = await browserLike(api.app, '198.51.100.9').login(target, PASSWORD);
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(busy.error?.data.domainCode).toBe('SERVER_BUSY');
      expect(busy.error?.message).toMatch(/^Máy chủ đang bận/u);
      expect(sessionTokenOf(busy.headers)).toBeNull();
    } finally {
      gate.open();
      await Promise.all(blockers);
    }
    const rows = await api.handle.db
      .selectFrom('login_attempts')
      .select('id')
      .where('ip', '=', '198.51.100.9')
      .execute();
    expect(rows).toEqual([]);
    expect((await browserLike(api.app, '198.51.100.9').login(target, PASSWORD)).status).toBe(200);
  });
});
