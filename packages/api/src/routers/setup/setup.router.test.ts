import { createHash } from 'node:crypto';
import { findAccountByUsername, listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLike } from '../../auth/http-session.test-support.js';
import { issueSetupLink } from '../../auth/setup-link.js';
import { refusal } from '../../refusal.test-support.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';

const dialects = await testDialects();

const START = '2026-12-08T01:30:00.000Z';
const PASSWORD = 'Quản trị hệ thống Toàn quốc 2026';
const first = { username: 'quantri.hethong', fullName: 'Trần Thị Mai', password: PASSWORD };

describe.each(dialects)('the first run’s one-time setup link (issue 14) on $name', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: START });
  }, 60_000);
  afterAll(() => api.close());

  it('is stored only as its hash, valid one hour', async () => {
    const token = present(await issueSetupLink(api.handle.db, new Date(START)), 'a setup token');
    expect(token).toMatch(/^[\w-]{43}$/u);
    const rows = await api.handle.db.selectFrom('setup_links').selectAll().execute();
    const row = present(
      rows.find((r) => r.token_hash === createHash('sha256').update(token).digest('hex')),
      'the link’s row',
    );
    expect(row).toMatchObject({ used_at: null, expires_at: '2026-12-08T02:30:00.000Z' });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses an unknown token and an expired one, creating nothing', async () => {
    const unknown = await refusal(
      api.anonymous.setup.createFirstAdmin.mutate({ token: 'khong-phai-ma-that', ...first }),
    );
    expect(unknown.domainCode).toBe('SETUP_LINK_INVALID');
    expect(unknown.httpStatus).toBe(404);
    const token = present(await issueSetupLink(api.handle.db, new Date(START)), 'a setup token');
    api.setNow('2026-12-08T02:30:00.000Z'); // exactly one hour later: no longer valid
    expect(await api.anonymous.setup.status.query({ token })).toEqual({ usable: false });
    const expired = await refusal(api.anonymous.setup.createFirstAdmin.mutate({ token, ...first }));
    expect(expired.domainCode).toBe('SETUP_LINK_INVALID');
    expect(expired.message).toMatch(/hết hạn \(hiệu lực 1 giờ\)/u);
    expect(await findAccountByUsername(api.handle.db, first.username)).toBeUndefined();
    api.setNow(START);
  });

  it('refuses a password the policy refuses, under its field, and keeps the link usable', async () => {
    const token = present(await issueSetupLink(api.handle.db, new Date(START)), 'a setup token');
    const weak = await refusal(
      api.anonymous.setup.createFirstAdmin.mutate({
        token,
        ...first,
        password: 'DoiThoai@2025',
      }),
    );
    expect(weak.httpStatus).toBe(400);
    expect(Object.keys(weak.fieldErrors ?? {})).toEqual(['password']);
    expect(await api.anonymous.setup.status.query({ token })).toEqual({ usable: true });
  });

  it('creates the first system administrator once; the same link, and any later one, is refused', async () => {
    const token = present(await issueSetupLink(api.handle.db, new Date(START)), 'a setup token');
    expect(await api.anonymous.setup.status.query({ token })).toEqual({ usable: true });
    expect(await api.anonymous.setup.createFirstAdmin.mutate({ token, ...first })).toEqual({
      username: 'quantri.hethong',
    });
    const account = present(
      await findAccountByUsername(api.handle.db, first.username),
      'the account',
    );
    expect(account).toMatchObject({ role: 'admin', adminUnitCode: 'VN', fullName: 'Trần Thị Mai' });
    const trail = await listAuditForEntity(api.handle.db, 'account', account.id);
    expect(trail.map((r) => r.action)).toEqual(['account.create']);
    expect(JSON.stringify(trail)).not.toContain(token);
    expect(JSON.stringify(trail)).not.toContain(PASSWORD);
    // The administrator signs in with the chosen password.
    const browser = browserLike(api.app, '203.0.113.30');
    expect((await browser.login(first.username, PASSWORD)).status).toBe(200);
    expect(await browser.api.auth.me.query()).toMatchObject({ username: 'quantri.hethong' });

    const reused = await refusal(
      api.anonymous.setup.createFirstAdmin.mutate({ token, ...first, username: 'quantri.thu2' }),
    );
    expect(reused.domainCode).toBe('SETUP_LINK_INVALID');
    expect(await api.anonymous.setup.status.query({ token })).toEqual({ usable: false });
    // Once an administrator exists, no new link is issued.
    expect(await issueSetupLink(api.handle.db, new Date(START))).toBeNull();
    expect(await findAccountByUsername(api.handle.db, 'quantri.thu2')).toBeUndefined();
  });
});
