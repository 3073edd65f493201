import { listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { ROLES } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLike } from '../../auth/http-session.test-support.js';
import { createTestApi, type Caller, type TestApi } from '../../test-api.test-support.js';

const dialects = await testDialects();

interface Account {
  id: string;
  username: string;
  fullName: string;
  role: string;
  adminUnitCode: string;
  organisationId: string | null;
  organisationName: string | null;
  active: boolean;
  version: number;
}

const FIRST_PASSWORD = 'Phòng Kinh tế 2025';
const NEW_PASSWORD = 'Mật khẩu mới của chị Hà';

describe.each(dialects)('account administration on $name', (dialect) => {
  let api: TestApi;
  let admin: Caller;
  /** A department officer of Chợ Mới created through the API. */
  let ha: Account;
  /** Each change a minute later than the last, so the audit trail has an order. */
  let minute = 0;
  const tick = () => {
    minute += 1;
    api.setNow(new Date(Date.parse('2025-11-20T02:00:00.000Z') + minute * 60_000).toISOString());
  };

  beforeAll(async () => {
    api = await createTestApi(dialect);
    admin = await api.as('admin');
    const created = await admin.mutate<Account>('accounts.create', {
      username: 'Phongkt.Ha',
      fullName: 'Lý Thị Hà',
      role: 'department',
      organisationId: api.tenant.organisations.landDepartment,
      password: FIRST_PASSWORD,
    });
    expect(created.status).toBe(200);
    ha = created.data;
  });
  afterAll(() => api.close());

  const current = async (id: string) =>
    (await admin.query<Account[]>('accounts.list')).data.find((a) => a.id === id)!;

  it('only an administrator may list or create accounts', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const caller = await api.as(role);
      expect((await caller.query('accounts.list')).status, role).toBe(403);
      const create = await caller.mutate('accounts.create', {
        username: `thu.${role}`,
        fullName: 'Nguyễn Văn Thử',
        role: 'village',
        password: 'Mười ký tự trở lên',
      });
      expect(create.status, role).toBe(403);
    }
    expect((await api.anonymous.query('accounts.list')).status).toBe(401);
  });

  it('creates an account of the commune that can sign in, lower-casing the username', async () => {
    expect(ha).toMatchObject({
      username: 'phongkt.ha',
      fullName: 'Lý Thị Hà',
      role: 'department',
      adminUnitCode: '02086',
      organisationName: 'Phòng Kinh tế (đất đai, tài nguyên và môi trường)',
      active: true,
      version: 1,
    });
    expect(ha).not.toHaveProperty('passwordHash');
    const browser = browserLike(api.app, '203.0.113.81');
    expect((await browser.login('phongkt.ha', FIRST_PASSWORD)).data.user.username).toBe(
      'phongkt.ha',
    );
  });

  it('lists only the accounts of the administrator’s own commune', async () => {
    const mine = (await admin.query<Account[]>('accounts.list')).data;
    expect(mine.map((a) => a.username)).toContain('phongkt.ha');
    expect(mine.every((a) => a.adminUnitCode === '02086')).toBe(true);
    const theirs = (await (await api.as('admin', 'otherTenant')).query<Account[]>('accounts.list'))
      .data;
    expect(theirs.map((a) => a.username)).not.toContain('phongkt.ha');
    expect(theirs.every((a) => a.adminUnitCode === '03640')).toBe(true);
  });

  it('refuses a short password, a department without its department, a province account', async () => {
    const base = { username: 'canbo.moi', fullName: 'Hà Văn Mới', role: 'village' };
    const short = await admin.mutate('accounts.create', { ...base, password: 'ngan123' });
    expect(short.status).toBe(400);
    expect(short.error?.data.fieldErrors?.['password']).toEqual([
      'Mật khẩu phải có ít nhất 10 ký tự.',
    ]);
    const noDepartment = await admin.mutate('accounts.create', {
      ...base,
      role: 'department',
      password: FIRST_PASSWORD,
    });
    expect(noDepartment.error?.data.fieldErrors?.['organisationId']?.[0]).toMatch(/phòng, ban/);
    const province = await admin.mutate('accounts.create', {
      ...base,
      role: 'province-viewer',
      password: FIRST_PASSWORD,
    });
    expect(province.status).toBe(400);
  });

  it('refuses a body of another commune and a username already taken', async () => {
    const foreign = await admin.mutate('accounts.create', {
      username: 'congan.khac',
      fullName: 'Lò Văn Khác',
      role: 'department',
      organisationId: api.otherTenant.organisations.police,
      password: FIRST_PASSWORD,
    });
    expect(foreign.status).toBe(404);
    const taken = await admin.mutate('accounts.create', {
      username: api.otherTenant.accounts['village'].username,
      fullName: 'Trùng Tên',
      role: 'village',
      password: FIRST_PASSWORD,
    });
    expect(taken.status).toBe(409);
    expect(taken.error?.data.domainCode).toBe('USERNAME_TAKEN');
  });

  it('an administrator of another commune cannot touch this commune’s accounts', async () => {
    const other = await api.as('admin', 'otherTenant');
    const account = await current(ha.id);
    for (const [path, extra] of [
      ['accounts.disable', {}],
      ['accounts.enable', {}],
      ['accounts.resetPassword', { password: 'Của người khác 2025' }],
    ] as const) {
      const response = await other.mutate(path, { id: ha.id, version: account.version, ...extra });
      expect(response.status, path).toBe(404);
    }
    expect((await current(ha.id)).version).toBe(account.version);
  });

  it('disabling ends every session at once; enabling lets the person sign in again', async () => {
    const browser = browserLike(api.app, '203.0.113.82');
    await browser.login('phongkt.ha', FIRST_PASSWORD);
    const account = await current(ha.id);
    tick();
    const disabled = await admin.mutate<Account>('accounts.disable', {
      id: ha.id,
      version: account.version,
      reason: 'Nghỉ phép dài ngày',
    });
    expect(disabled.data).toMatchObject({ active: false, version: account.version + 1 });
    expect((await browser.query('auth.me')).data).toBeNull();
    const sessions = await api.handle.db
      .selectFrom('sessions')
      .select(['ended_at', 'end_reason'])
      .where('account_id', '=', ha.id)
      .execute();
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.end_reason !== null && s.ended_at !== null)).toBe(true);
    expect(
      (await browserLike(api.app, '203.0.113.82').login('phongkt.ha', FIRST_PASSWORD)).status,
    ).toBe(403);

    const again = await admin.mutate('accounts.disable', {
      id: ha.id,
      version: account.version + 1,
    });
    expect(again.error?.data.domainCode).toBe('ACCOUNT_ALREADY_DISABLED');
    tick();
    const enabled = await admin.mutate<Account>('accounts.enable', {
      id: ha.id,
      version: account.version + 1,
    });
    expect(enabled.data.active).toBe(true);
    expect(
      (await browserLike(api.app, '203.0.113.82').login('phongkt.ha', FIRST_PASSWORD)).status,
    ).toBe(200);
  });

  it('refuses a change made on a stale version, and an administrator disabling themself', async () => {
    const stale = await admin.mutate('accounts.disable', { id: ha.id, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.error?.data.domainCode).toBe('STALE_VERSION');
    const me = (await admin.query<Account[]>('accounts.list')).data.find(
      (a) => a.role === 'admin',
    )!;
    const self = await admin.mutate('accounts.disable', { id: me.id, version: me.version });
    expect(self.error?.data.domainCode).toBe('SELF_DISABLE_NOT_ALLOWED');
  });

  it('resetting the password ends the sessions; only the new password works', async () => {
    const browser = browserLike(api.app, '203.0.113.83');
    await browser.login('phongkt.ha', FIRST_PASSWORD);
    const account = await current(ha.id);
    tick();
    const reset = await admin.mutate<Account>('accounts.resetPassword', {
      id: ha.id,
      version: account.version,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    expect((await browser.query('auth.me')).data).toBeNull();
    const fresh = browserLike(api.app, '203.0.113.84');
    expect((await fresh.login('phongkt.ha', FIRST_PASSWORD)).status).toBe(401);
    expect((await fresh.login('phongkt.ha', NEW_PASSWORD)).status).toBe(200);
  });

  it('audits every change without the password or its hash', async () => {
    const trail = await listAuditForEntity(api.handle.db, 'account', ha.id);
    expect(trail.map((row) => row.action)).toEqual([
      'account.create',
      'account.disable',
      'account.enable',
      'account.reset-password',
    ]);
    expect(trail[1]?.reason).toBe('Nghỉ phép dài ngày');
    expect(trail.every((row) => row.actorAccountId === api.tenant.accounts.admin.id)).toBe(true);
    for (const row of trail) {
      for (const state of [row.before, row.after]) {
        if (state === null) continue;
        expect(Object.keys(state as object).filter((key) => /password/i.test(key))).toEqual([]);
      }
    }
    const text = JSON.stringify(trail);
    for (const secret of [FIRST_PASSWORD, NEW_PASSWORD, 'scrypt$'])
      expect(text).not.toContain(secret);
  });
});
