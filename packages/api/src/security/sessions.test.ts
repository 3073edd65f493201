import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { browserLike, type BrowserLike } from '../auth/http-session.test-support.js';
import { hashPassword } from '../auth/password.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { statusOf } from '../refusal.test-support.js';

// What auth.router.test.ts leaves out: an officer signed in on several devices (the office PC, a
// phone, a laptop at the village hall) loses EVERY session when the account is disabled or its
// password is reset, not only the newest; and a throttled login says when to come back in the
// standard `Retry-After` header, which HTTP clients and proxies understand.

const dialects = await testDialects();
const PASSWORD = 'Chợ Mới đối thoại 2025';
const START = '2025-11-20T02:00:00.000Z';

describe.each(dialects)('sessions on every device, and Retry-After, on $name', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: START });
    const hash = await hashPassword(PASSWORD);
    await api.handle.db.updateTable('accounts').set({ password_hash: hash }).execute();
  });
  afterAll(() => api.close());
  beforeEach(() => api.setNow(START));

  async function signedInOnThreeDevices(role: 'department' | 'government-office') {
    const username = api.tenant.accounts[role].username;
    const devices: BrowserLike[] = [];
    for (const ip of ['203.0.113.41', '203.0.113.42', '198.51.100.43']) {
      const device = browserLike(api.app, ip);
      expect((await device.login(username, PASSWORD)).status).toBe(200);
      devices.push(device);
    }
    return { username, devices };
  }

  async function accountOf(username: string) {
    const admin = await api.as('admin');
    const data = await admin.accounts.list.query();
    return {
      admin,
      account: present(
        data.find((a) => a.username === username),
        `the account ${username}`,
      ),
    };
  }

  const signedIn = async (device: BrowserLike) => (await device.api.auth.me.query()) !== null;

  it('disabling an account ends its sessions on every device at once', async () => {
    const { username, devices } = await signedInOnThreeDevices('department');
    expect(await Promise.all(devices.map(signedIn))).toEqual([true, true, true]);
    const { admin, account } = await accountOf(username);
    await admin.accounts.disable.mutate({
      id: account.id,
      version: account.version,
    });
    expect(await Promise.all(devices.map(signedIn))).toEqual([false, false, false]);
  });

  it('resetting a password ends every session of the account; the new password signs in', async () => {
    const { username, devices } = await signedInOnThreeDevices('government-office');
    const { admin, account } = await accountOf(username);
    // The server draws the new, one-time password (issue 14).
    const { oneTimePassword: newPassword } = await admin.accounts.resetPassword.mutate({
      id: account.id,
      version: account.version,
    });
    expect(await Promise.all(devices.map(signedIn))).toEqual([false, false, false]);
    expect((await browserLike(api.app).login(username, PASSWORD)).status).toBe(401);
    expect((await browserLike(api.app).login(username, newPassword)).status).toBe(200);
  });

  it('logging out on one device ends that session only', async () => {
    const username = api.tenant.accounts['front-officer'].username;
    const office = browserLike(api.app, '203.0.113.51');
    const phone = browserLike(api.app, '203.0.113.52');
    await office.login(username, PASSWORD);
    await phone.login(username, PASSWORD);
    expect(await statusOf(office.api.auth.logout.mutate())).toBe(200);
    expect([await signedIn(office), await signedIn(phone)]).toEqual([false, true]);
  });

  it('a throttled login answers 429 with Retry-After in seconds, matching the message', async () => {
    const browser = browserLike(api.app, '203.0.113.60');
    const target = api.tenant.accounts['commune-chair'].username;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await browser.login(target, `sai mật khẩu ${attempt}`)).status).toBe(401);
    }
    const locked = await browser.login(target, PASSWORD);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBe(locked.error?.data.details?.['retryAfterSeconds']);
    // All five failures at 09:00: the pair waits 5 minutes after the last one, until 09:05.
    expect(retryAfter).toBe(5 * 60);
    expect(locked.error?.message).toContain('5 phút');
  });

  it('answers that are not rate limits carry no Retry-After', async () => {
    const browser = browserLike(api.app, '203.0.113.70');
    const wrong = await browser.login(api.tenant.accounts['village'].username, 'sai');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('retry-after')).toBeNull();
  });
});
