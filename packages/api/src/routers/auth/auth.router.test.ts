import { recordLoginAttempt } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { ROLES } from '@doithoai/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { browserLike, sessionTokenOf } from '../../auth/http-session.test-support.js';
import { hashPassword } from '../../auth/password.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

const PASSWORD = 'Chợ Mới đối thoại 2025';
const START = '2025-11-20T02:00:00.000Z'; // 09:00 in Vietnam
const minutesAfter = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

describe.each(dialects)('signing in and out through HTTP on $name', (dialect) => {
  let api: TestApi;
  let username: (role: (typeof ROLES)[number]) => string;

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: START });
    // Real passwords for this suite (the harness's accounts have none that verify).
    const hash = await hashPassword(PASSWORD);
    await api.handle.db.updateTable('accounts').set({ password_hash: hash }).execute();
    username = (role) => api.tenant.accounts[role].username;
  });
  afterAll(() => api.close());
  beforeEach(() => api.setNow(START));

  it('login sets an httpOnly SameSite=Lax session cookie and returns the user with the commune', async () => {
    const browser = browserLike(api.app);
    const { status, data, headers } = await browser.login(username('party-office'), PASSWORD);
    expect(status).toBe(200);
    expect(data).toEqual({
      user: {
        username: username('party-office'),
        fullName: 'Người dùng party-office',
        role: 'party-office',
        unit: { code: '02086', name: 'Chợ Mới' },
        mustChangePassword: false,
      },
    });
    const cookie = headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/doithoai_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const me = await browser.api.auth.me.query();
    expect(me?.username).toBe(username('party-office'));
  });

  it('gives a new session id at every login and ends the one the browser had', async () => {
    const browser = browserLike(api.app);
    await browser.login(username('commune-chair'), PASSWORD);
    const first = present(browser.cookie, 'the first session cookie');
    const again = await browser.login(username('commune-chair'), PASSWORD);
    expect(sessionTokenOf(again.headers)).not.toBe(first.split('=')[1]);
    const old = browserLike(api.app);
    old.cookie = first;
    expect(await old.api.auth.me.query()).toBeNull();
  });

  it('answers a wrong password and an unknown user with the same UNAUTHORIZED message', async () => {
    const browser = browserLike(api.app, '203.0.113.20');
    const wrong = await browser.login(username('government-office'), 'không phải mật khẩu');
    const unknown = await browser.login('khong.co.ai', PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.error?.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(response.error?.data.domainCode).toBe('LOGIN_FAILED');
      expect(sessionTokenOf(response.headers)).toBeNull();
    }
    const recorded = await api.handle.db
      .selectFrom('login_attempts')
      .select(['username', 'succeeded'])
      .where('ip', '=', '203.0.113.20')
      .orderBy('at')
      .execute();
    expect(recorded).toEqual([
      { username: username('government-office'), succeeded: 0 },
      { username: 'khong.co.ai', succeeded: 0 },
    ]);
  });

  it('refuses the 6th attempt of a user name from one address after 5 failures, saying when to retry', async () => {
    const browser = browserLike(api.app, '203.0.113.30');
    const target = username('front-chair');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      api.setNow(minutesAfter(START, attempt)); // 09:01 … 09:05
      expect((await browser.login(target, `sai mật khẩu ${attempt}`)).status).toBe(401);
    }
    api.setNow(minutesAfter(START, 6));
    // Even the right password is not checked while the pair is held back.
    const locked = await browser.login(target, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.error?.data.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.error?.data.domainCode).toBe('LOGIN_THROTTLED');
    // The 5th failure (09:05) is followed by a 5-minute delay: 09:10.
    expect(locked.error?.message).toBe(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 4 phút (từ 09:10 ngày 20/11/2025).',
    );
    expect(locked.error?.data.details).toMatchObject({ retryAt: '2025-11-20T02:10:00.000Z' });
    // Targeted (issue 17): the same user name from another address is not locked out.
    expect((await browserLike(api.app, '198.51.100.99').login(target, PASSWORD)).status).toBe(200);
    api.setNow(minutesAfter(START, 16));
    expect((await browser.login(target, PASSWORD)).status).toBe(200);
  });

  it('a successful login clears its username’s earlier failures', async () => {
    const browser = browserLike(api.app, '203.0.113.31');
    const target = username('front-officer');
    for (let attempt = 1; attempt <= 4; attempt += 1)
      expect((await browser.login(target, 'sai')).status).toBe(401);
    expect((await browser.login(target, PASSWORD)).status).toBe(200);
    expect((await browser.login(target, 'sai lần nữa')).status).toBe(401);
    expect((await browser.login(target, PASSWORD)).status).toBe(200);
  });

  it('serves many officers behind one commune address, with failures among them', async () => {
    const hall = browserLike(api.app, '203.0.113.40');
    for (let n = 1; n <= 12; n += 1)
      expect((await hall.login(`nguoi.go.nham.${n}`, 'sai')).status).toBe(401);
    for (const role of ROLES) {
      const officer = browserLike(api.app, '203.0.113.40');
      const { status } = await officer.login(username(role), PASSWORD);
      expect(status, role).toBe(200);
      expect((await officer.api.auth.me.query())?.role).toBe(role);
    }
  });

  it('limits an address only after many failures (50 in 15 minutes), and only that address', async () => {
    for (let n = 0; n < 50; n += 1) {
      await recordLoginAttempt(api.handle.db, {
        username: `doan.mo.${n}`,
        ip: '192.0.2.66',
        at: minutesAfter(START, -10 + n / 10),
        succeeded: false,
      });
    }
    const blocked = await browserLike(api.app, '192.0.2.66').login(username('village'), PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.error?.message).toMatch(
      /^Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này\. Vui lòng thử lại sau \d+ phút/,
    );
    expect(
      (await browserLike(api.app, '192.0.2.67').login(username('village'), PASSWORD)).status,
    ).toBe(200);
  });

  it('logout ends the session: the old cookie no longer works', async () => {
    const browser = browserLike(api.app);
    await browser.login(username('admin'), PASSWORD);
    const cookie = browser.cookie;
    expect(await statusOf(browser.api.accounts.list.query())).toBe(200);
    const out = await browser.mutate('auth.logout');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/doithoai_session=;.*Max-Age=0/i);
    const replay = browserLike(api.app);
    replay.cookie = cookie;
    expect(await replay.api.auth.me.query()).toBeNull();
    expect(await statusOf(replay.api.accounts.list.query())).toBe(401);
  });

  it('a disabled account’s open session stops working at once, and it cannot sign in', async () => {
    const officer = browserLike(api.app);
    await officer.login(username('department'), PASSWORD);
    expect((await officer.api.auth.me.query())?.role).toBe('department');
    const admin = await api.as('admin');
    const accounts = await admin.accounts.list.query();
    const account = present(
      accounts.find((a) => a.username === username('department')),
      'the department account',
    );
    expect(
      await statusOf(admin.accounts.disable.mutate({ id: account.id, version: account.version })),
    ).toBe(200);
    expect(await officer.api.auth.me.query()).toBeNull();
    const again = await browserLike(api.app).login(username('department'), PASSWORD);
    expect(again.status).toBe(403);
    expect(again.error?.data.domainCode).toBe('ACCOUNT_DISABLED');
    // Without the right password, a disabled account looks like any failed login.
    const guess = await browserLike(api.app).login(username('department'), 'đoán bừa mật khẩu');
    expect(guess.error?.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('a session ends after 2 hours idle', async () => {
    const browser = browserLike(api.app);
    await browser.login(username('party-secretary'), PASSWORD);
    api.setNow(minutesAfter(START, 119));
    expect((await browser.api.auth.me.query())?.role).toBe('party-secretary');
    api.setNow(minutesAfter(START, 119 + 119));
    expect((await browser.api.auth.me.query())?.role).toBe('party-secretary');
    api.setNow(minutesAfter(START, 119 + 119 + 121));
    expect(await browser.api.auth.me.query()).toBeNull();
  });

  it('a session ends 12 hours after login however active it is', async () => {
    const browser = browserLike(api.app);
    await browser.login(username('province-viewer'), PASSWORD);
    for (let minutes = 100; minutes < 12 * 60; minutes += 100) {
      api.setNow(minutesAfter(START, minutes));
      expect((await browser.api.auth.me.query())?.unit.code, `${minutes} min`).toBe('19');
    }
    api.setNow(minutesAfter(START, 12 * 60));
    expect(await browser.api.auth.me.query()).toBeNull();
  });

  it('auth.me is null when signed out or with a forged cookie', async () => {
    expect(await api.anonymous.auth.me.query()).toBeNull();
    const forged = browserLike(api.app);
    forged.cookie = 'doithoai_session=gia-mao-khong-hop-le';
    expect(await forged.api.auth.me.query()).toBeNull();
  });

  it('refuses an empty form with Vietnamese field messages', async () => {
    const error = await refusal(
      browserLike(api.app).api.auth.login.mutate({
        username: ' ',
        password: '',
      }),
    );
    expect(error.httpStatus).toBe(400);
    expect(error.fieldErrors).toEqual({
      username: ['Cần nhập tên đăng nhập.'],
      password: ['Cần nhập mật khẩu.'],
    });
  });
});
