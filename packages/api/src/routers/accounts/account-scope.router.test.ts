import { ensureNationalUnit, insertAccount } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { refusal } from '../../refusal.test-support.js';
import { createTestApi, type TestApi, type TestClient } from '../../test-api.test-support.js';

const dialects = await testDialects();
const PASSWORD = 'Một mật khẩu đủ dài của xã';
const AT = '2025-11-20T02:00:00.000Z';

/*
 * Who administers what (issue 14): the system administrator (bound to the national unit), the
 * province administrator of Thái Nguyên (19) and the commune administrator of Chợ Mới (02086);
 * each creates and changes only the accounts of its scope, and an approving role is attached
 * only to the body whose head it is.
 */
describe.each(dialects)('administrators’ scopes on $name', (dialect) => {
  let api: TestApi;
  let commune: TestClient;
  let province: TestClient;
  let system: TestClient;
  let partyCommittee: string;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const db = api.handle.db;
    await ensureNationalUnit(db, AT);
    const account = (username: string, adminUnitCode: string) =>
      insertAccount(
        db,
        { username, fullName: 'Quản Trị Viên', role: 'admin', adminUnitCode, passwordHash: 'x' },
        AT,
      );
    system = await api.asAccount(await account('admin.he-thong', 'VN'));
    province = await api.asAccount(await account('admin.thainguyen', '19'));
    commune = await api.as('admin');
    partyCommittee = (
      await db
        .insertInto('organisations')
        .values({
          id: 'dang-uy-cho-moi',
          admin_unit_code: '02086',
          kind: 'party-committee',
          name: 'Đảng ủy xã Chợ Mới',
          search_key: 'dang uy xa cho moi',
          created_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => api.close());

  it('says each administrator’s scope on auth.me', async () => {
    expect((await system.auth.me.query())?.adminScope).toBe('system');
    expect((await province.auth.me.query())?.adminScope).toBe('province');
    expect((await commune.auth.me.query())?.adminScope).toBe('commune');
    expect((await (await api.as('party-office')).auth.me.query())?.adminScope).toBeUndefined();
  });

  it('refuses a Bí thư attached to a department, under the body field, and accepts the Party committee', async () => {
    const base = {
      username: 'bithu.moi',
      fullName: 'Triệu Tiên Trình',
      role: 'party-secretary' as const,
      password: PASSWORD,
    };
    const wrong = await refusal(
      commune.accounts.create.mutate({
        ...base,
        organisationId: api.tenant.organisations.landDepartment,
      }),
    );
    expect(wrong.httpStatus).toBe(400);
    expect(wrong.domainCode).toBe('ACCOUNT_BINDING_MISMATCH');
    expect(wrong.fieldErrors?.['organisationId']?.[0]).toBe(
      'Tài khoản "Bí thư Đảng ủy" chỉ gắn với Cấp ủy Đảng, không gắn với Phòng, ban chuyên môn.',
    );
    const right = await commune.accounts.create.mutate({ ...base, organisationId: partyCommittee });
    expect(right).toMatchObject({
      role: 'party-secretary',
      organisationName: 'Đảng ủy xã Chợ Mới',
    });
  });

  it('makes a village account name a village of its commune', async () => {
    const base = {
      username: 'thon.na-ca',
      fullName: 'Hoàng Văn Nà',
      role: 'village' as const,
      password: PASSWORD,
    };
    const none = await refusal(commune.accounts.create.mutate(base));
    expect(none.fieldErrors?.['villageId']).toEqual([
      'Tài khoản "Thôn, bản, tổ dân phố" phải chọn thôn, bản, tổ dân phố.',
    ]);
    const foreign = await refusal(
      commune.accounts.create.mutate({ ...base, villageId: api.otherTenant.villageIds[0] }),
    );
    expect(foreign.httpStatus).toBe(404);
    const created = await commune.accounts.create.mutate({
      ...base,
      villageId: api.tenant.villageIds[0],
    });
    expect(created.role).toBe('village');
  });

  it('a commune administrator creates no administrator, and no account outside its commune', async () => {
    const admin = await refusal(
      commune.accounts.create.mutate({
        username: 'admin.khac',
        fullName: 'Lò Văn Khác',
        role: 'admin',
        password: PASSWORD,
      }),
    );
    expect(admin.fieldErrors?.['role']).toEqual([
      'Quản trị cấp xã không tạo được tài khoản "Quản trị hệ thống".',
    ]);
    const elsewhere = await refusal(
      commune.accounts.create.mutate({
        username: 'mttq.khac',
        fullName: 'Lò Văn Khác',
        role: 'front-officer',
        adminUnitCode: '03640',
        password: PASSWORD,
      }),
    );
    expect(elsewhere.httpStatus).toBe(404);
    expect(await refusal(commune.accounts.list.query({ adminUnitCode: '03640' }))).toMatchObject({
      httpStatus: 404,
    });
  });

  it('a province administrator creates its communes’ administrators, not business accounts nor another province’s', async () => {
    const created = await province.accounts.create.mutate({
      username: 'admin2.chomoi',
      fullName: 'Nông Thị Quản',
      role: 'admin',
      adminUnitCode: '02086',
      password: PASSWORD,
    });
    expect(created.adminUnitCode).toBe('02086');
    const business = await refusal(
      province.accounts.create.mutate({
        username: 'vpdu.tinh',
        fullName: 'Hoàng Thị Lan',
        role: 'party-office',
        adminUnitCode: '02086',
        password: PASSWORD,
      }),
    );
    expect(business.fieldErrors?.['role']?.[0]).toMatch(/Quản trị cấp tỉnh không tạo được/u);
    const other = await refusal(
      province.accounts.create.mutate({
        username: 'admin.khoenon',
        fullName: 'Lò Văn On',
        role: 'admin',
        adminUnitCode: '03640',
        password: PASSWORD,
      }),
    );
    expect(other.httpStatus).toBe(404);
    const listed = await province.accounts.list.query({ adminUnitCode: '02086' });
    expect(listed.map((a) => a.username)).toContain('admin2.chomoi');
  });

  it('the system administrator creates province administrators; a commune administrator cannot touch them', async () => {
    const created = await system.accounts.create.mutate({
      username: 'admin.laichau',
      fullName: 'Lò Văn Tỉnh',
      role: 'admin',
      adminUnitCode: '12',
      password: PASSWORD,
    });
    const communeAdmin = await refusal(
      system.accounts.create.mutate({
        username: 'admin3.chomoi',
        fullName: 'Ma Văn Ba',
        role: 'admin',
        adminUnitCode: '02086',
        password: PASSWORD,
      }),
    );
    expect(communeAdmin.fieldErrors?.['role']).toBeDefined();
    const touch = await refusal(
      commune.accounts.disable.mutate({ id: created.id, version: created.version }),
    );
    expect(touch.httpStatus).toBe(404);
  });

  it('a province administrator disables its commune’s administrator; the audit row names the commune', async () => {
    const target = present(
      (await province.accounts.list.query({ adminUnitCode: '02086' })).find(
        (a) => a.username === 'admin2.chomoi',
      ),
      'the account admin2.chomoi',
    );
    const disabled = await province.accounts.disable.mutate({
      id: target.id,
      version: target.version,
    });
    expect(disabled.active).toBe(false);
    const audit = await api.handle.db
      .selectFrom('audit_log')
      .select(['admin_unit_code'])
      .where('entity_id', '=', target.id)
      .where('action', '=', 'account.disable')
      .executeTakeFirstOrThrow();
    expect(audit.admin_unit_code).toBe('02086');
  });

  it('offers each administrator its roles, units, and the chosen commune’s bodies and villages', async () => {
    const mine = await commune.accounts.options.query();
    expect(mine.scope).toBe('commune');
    expect(mine.roles).not.toContain('admin');
    expect(mine.organisations.map((o) => o.name)).toContain('Đảng ủy xã Chợ Mới');
    expect(mine.villages.length).toBeGreaterThan(0);
    const theirs = await province.accounts.options.query({ adminUnitCode: '02086' });
    expect(theirs.units.map((u) => u.code)).toEqual(['19', '02086']);
    expect(theirs.roles).toEqual(['admin', 'province-viewer']);
    expect(
      (await refusal(province.accounts.options.query({ adminUnitCode: '03640' }))).httpStatus,
    ).toBe(404);
  });

  it('a business account is refused the administration even with a forged unit', async () => {
    const office = await api.as('party-office');
    expect((await refusal(office.accounts.list.query({ adminUnitCode: '02086' }))).httpStatus).toBe(
      403,
    );
  });
});
