import { ensureNationalUnit, insertAccount, listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLike, type BrowserLike } from '../../auth/http-session.test-support.js';
import { hashPassword } from '../../auth/password.js';
import { createCalendarProvider } from '../../calendar-provider.js';
import { createApiApp } from '../../http/app.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import type { Outputs } from '../../test-client.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

const PASSWORD = 'Quản trị xã Chợ Mới';
/** An illustrative announcement: a day off on Thursday 31/12/2026 that no table has yet. */
const NEW_DAY_OFF = {
  date: '2026-12-31',
  name: 'Nghỉ hoán đổi cuối năm',
  kind: 'compensatory' as const,
  source: 'Thông báo số 9999/TB-BNV ngày 01/12/2026 (ví dụ kiểm thử)',
};

describe.each(dialects)('the administrators’ holiday additions on $name', (dialect) => {
  let api: TestApi;
  /** An app whose calendar cache lives an hour, as in production: only `invalidate()` refreshes it. */
  let cachedApp: ReturnType<typeof createApiApp>;
  /** The system administrator. */
  let admin: BrowserLike;
  let systemAdminId = '';
  let added: Outputs['holidays']['add'];
  let now = new Date('2026-12-01T02:00:00.000Z');

  beforeAll(async () => {
    api = await createTestApi(dialect, { now: '2026-12-01T02:00:00.000Z' });
    cachedApp = createApiApp({
      db: api.handle.db,
      dialect: api.handle.dialect,
      now: () => now,
      calendars: createCalendarProvider(3_600_000),
      secureCookies: false,
    });
    // National holidays are the system administrator's (issue 14): bound to the national unit VN.
    await ensureNationalUnit(api.handle.db, '2026-12-01T02:00:00.000Z');
    systemAdminId = await insertAccount(
      api.handle.db,
      {
        username: 'admin.he-thong',
        fullName: 'Trần Quốc Hệ',
        role: 'admin',
        adminUnitCode: 'VN',
        passwordHash: await hashPassword(PASSWORD),
      },
      '2026-12-01T02:00:00.000Z',
    );
    await api.handle.db
      .updateTable('accounts')
      .set({ password_hash: await hashPassword(PASSWORD) })
      .where('id', '=', api.tenant.accounts.admin.id)
      .execute();
    admin = browserLike(cachedApp);
    await admin.login('admin.he-thong', PASSWORD);
  });
  afterAll(() => api.close());

  const nextWorkingDay = async () =>
    await browserLike(cachedApp).api.calendar.addWorkingDays.query({
      from: '2026-12-30',
      days: 1,
    });

  it('an added day off is skipped by working-day counts at once', async () => {
    expect((await nextWorkingDay()).date).toBe('2026-12-31'); // the cache is now warm
    added = await admin.api.holidays.add.mutate(NEW_DAY_OFF);
    expect(added).toMatchObject({ ...NEW_DAY_OFF, retiredAt: null });
    const after = await nextWorkingDay();
    expect(after.date).toBe('2027-01-04');
    expect(after.skipped.find((s) => s.date === '2026-12-31')?.reason).toContain(
      'Nghỉ hoán đổi cuối năm',
    );
  });

  it('lists the addition publicly and in the whole calendar with its source', async () => {
    const list = await api.anonymous.holidays.list.query({ year: 2026 });
    expect(list).toEqual([expect.objectContaining(NEW_DAY_OFF)]);
    expect(list[0]).not.toHaveProperty('createdBy');
    const calendar = await api.anonymous.calendar.holidays.query({ year: 2026 });
    expect(calendar.find((d) => d.date === '2026-12-31')?.source).toBe(NEW_DAY_OFF.source);
  });

  it('refuses a second entry for the same date and an entry without its source', async () => {
    const twice = await refusal(
      admin.api.holidays.add.mutate({ ...NEW_DAY_OFF, name: 'Trùng ngày' }),
    );
    expect(twice.httpStatus).toBe(400);
    expect(twice.domainCode).toBe('HOLIDAY_ENTRY_INVALID');
    const noSource = await refusal(
      admin.api.holidays.add.mutate({
        ...NEW_DAY_OFF,
        date: '2026-12-30',
        source: ' ',
      }),
    );
    expect(noSource.httpStatus).toBe(400);
    expect(noSource.fieldErrors?.['source']).toEqual([
      'Phải ghi nguồn (văn bản, điều khoản) của ngày nghỉ.',
    ]);
  });

  it('only an administrator may add or retire; anyone may list', async () => {
    const department = await api.as('department');
    expect(await statusOf(department.holidays.add.mutate(NEW_DAY_OFF))).toBe(403);
    expect(await statusOf(department.holidays.retire.mutate({ id: added.id, reason: 'x' }))).toBe(
      403,
    );
    expect(await statusOf(api.anonymous.holidays.add.mutate(NEW_DAY_OFF))).toBe(401);
  });

  it('a commune administrator is refused, with the reason, for adding and for retiring', async () => {
    const commune = browserLike(cachedApp, '203.0.113.9');
    await commune.login(api.tenant.accounts.admin.username, PASSWORD);
    const add = await refusal(
      commune.api.holidays.add.mutate({ ...NEW_DAY_OFF, date: '2026-12-30' }),
    );
    expect(add.httpStatus).toBe(403);
    expect(add.domainCode).toBe('HOLIDAY_SYSTEM_ADMIN_ONLY');
    expect(add.message).toBe(
      'Chỉ quản trị hệ thống (toàn quốc) mới được thêm ngày nghỉ lễ, ngày hoán đổi chung của cả nước; tài khoản quản trị cấp xã thì không.',
    );
    const retire = await refusal(commune.api.holidays.retire.mutate({ id: added.id, reason: 'x' }));
    expect(retire.domainCode).toBe('HOLIDAY_SYSTEM_ADMIN_ONLY');
    expect((await api.anonymous.holidays.list.query({ year: 2026 })).map((a) => a.date)).toEqual([
      '2026-12-31',
    ]);
  });

  it('retiring the day counts it as a working day again, and keeps the record', async () => {
    now = new Date('2026-12-01T02:30:00.000Z');
    const retired = await admin.api.holidays.retire.mutate({
      id: added.id,
      reason: 'Bộ Nội vụ đã hủy thông báo',
    });
    expect(retired.retiredAt).toBe('2026-12-01T02:30:00.000Z');
    expect((await nextWorkingDay()).date).toBe('2026-12-31');
    expect(await api.anonymous.holidays.list.query({ year: 2026 })).toEqual([]);
    const all = await api.anonymous.holidays.list.query({ includeRetired: true });
    expect(all.map((a) => a.id)).toEqual([added.id]);
    const again = await refusal(
      admin.api.holidays.retire.mutate({ id: added.id, reason: 'Lần nữa' }),
    );
    expect(again.domainCode).toBe('HOLIDAY_ALREADY_RETIRED');
  });

  it('audits the addition and its retirement with the administrator and the reason', async () => {
    const trail = await listAuditForEntity(api.handle.db, 'holiday', added.id);
    expect(trail.map((row) => [row.action, row.actorAccountId, row.reason])).toEqual([
      ['holiday.add', systemAdminId, null],
      ['holiday.retire', systemAdminId, 'Bộ Nội vụ đã hủy thông báo'],
    ]);
    // Recorded against the national unit, with the source, not against one commune.
    expect(trail.map((row) => row.adminUnitCode)).toEqual(['VN', 'VN']);
    expect(trail[0]?.after).toMatchObject({ source: NEW_DAY_OFF.source });
  });
});
