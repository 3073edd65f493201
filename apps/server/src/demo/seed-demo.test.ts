import { testDialects } from '@doithoai/db/testing';
import { PlanContentSchema, PetitionSchema, ROLES } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@doithoai/db';
import { listDemoAccounts } from './demo-accounts.js';
import type { DemoIds } from './demo-ids.js';
import { seedDemoData } from './seed-demo.js';

const dialects = await testDialects();
/** Not a real hash: these tests do not sign in (the server test does). */
const PASSWORD_HASH = 'scrypt$1024$8$1$c2FsdA$not-a-real-hash';

describe.each(dialects)('the demo installation on $name', (dialect) => {
  let handle: DatabaseHandle;
  let ids: DemoIds;

  beforeAll(async () => {
    handle = await dialect.open();
    ids = await seedDemoData(handle.db, {
      now: new Date('2025-11-25T01:00:00.000Z'),
      passwordHash: PASSWORD_HASH,
    });
  });
  afterAll(() => handle.close());

  it('creates the four communes of the seeds under their provinces, and Than Uyên as a past district', async () => {
    const units = await handle.db
      .selectFrom('admin_units')
      .select(['code', 'name', 'level', 'parent_code'])
      .orderBy('code')
      .execute();
    expect(units).toEqual([
      { code: '02086', name: 'Chợ Mới', level: 'commune', parent_code: '19' },
      { code: '03640', name: 'Khoen On', level: 'commune', parent_code: '12' },
      { code: '110', name: 'Than Uyên', level: 'district', parent_code: '12' },
      { code: '11824', name: 'Vĩnh Bảo', level: 'commune', parent_code: '31' },
      { code: '12', name: 'Lai Châu', level: 'province', parent_code: null },
      { code: '19', name: 'Thái Nguyên', level: 'province', parent_code: null },
      { code: '21343', name: 'Sơn Tây Hạ', level: 'commune', parent_code: '51' },
      { code: '31', name: 'Hải Phòng', level: 'province', parent_code: null },
      { code: '51', name: 'Quảng Ngãi', level: 'province', parent_code: null },
    ]);
  });

  it('gives each commune its villages and its bodies (party, government, departments, police, military, services, Front)', async () => {
    const villages = await handle.db
      .selectFrom('villages')
      .select(['id', 'admin_unit_code'])
      .execute();
    expect(villages.filter((v) => v.admin_unit_code === '02086')).toHaveLength(27);
    expect(villages.map((v) => v.id)).toContain('village-khoen-on-my');
    const kinds = await handle.db
      .selectFrom('organisations')
      .select('kind')
      .where('admin_unit_code', '=', '21343')
      .execute();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(
      new Set([
        'party-committee',
        'party-office',
        'peoples-committee',
        'government-office',
        'department',
        'police',
        'military',
        'public-service-centre',
        'fatherland-front',
      ]),
    );
  });

  it('creates one account per role in each commune and a province viewer per province', async () => {
    const accounts = await handle.db
      .selectFrom('accounts')
      .select(['username', 'role', 'admin_unit_code', 'organisation_id'])
      .execute();
    expect(accounts).toHaveLength(listDemoAccounts().length);
    for (const code of ['02086', '03640', '11824', '21343']) {
      const roles = accounts.filter((a) => a.admin_unit_code === code).map((a) => a.role);
      expect(roles.sort()).toEqual(ROLES.filter((r) => r !== 'province-viewer').sort());
    }
    expect(accounts.find((a) => a.username === 'tinh.thainguyen')).toMatchObject({
      role: 'province-viewer',
      admin_unit_code: '19',
    });
    const department = accounts.find((a) => a.username === 'phongkt.chomoi')!;
    expect(department.organisation_id).toBe(ids.communes.choMoi.bodies.economicDepartment);
  });

  it('stores the five seed plans with their content and history, two of them signed for the demo', async () => {
    const plans = await handle.db
      .selectFrom('plans')
      .select(['id', 'status', 'document_number', 'version', 'content_json', 'admin_unit_code'])
      .orderBy('id')
      .execute();
    expect(plans.map((p) => [p.id, p.status, p.document_number])).toEqual([
      ['plan-cho-moi-2025', 'approved', 14],
      ['plan-khoen-on-2025', 'submitted', null],
      ['plan-son-tay-ha-2025', 'approved', 231],
      ['plan-than-uyen-2023', 'submitted', null],
      ['plan-vinh-bao-2026', 'submitted', null],
    ]);
    for (const plan of plans) {
      const content = PlanContentSchema.parse(JSON.parse(plan.content_json));
      expect(content.adminUnitCode).toBe(plan.admin_unit_code);
      const versions = await handle.db
        .selectFrom('plan_versions')
        .select('version')
        .where('plan_id', '=', plan.id)
        .execute();
      expect(versions).toHaveLength(Number(plan.version));
    }
  });

  it('registers petitions for Chợ Mới and Sơn Tây Hạ, flagging the one after the cut-off as late', async () => {
    const petitions = await handle.db.selectFrom('petitions').selectAll().orderBy('id').execute();
    expect(petitions.map((p) => [p.plan_id, p.tracking_code, p.is_late])).toEqual([
      ['plan-cho-moi-2025', 'CMX4-D8LA', 0],
      ['plan-cho-moi-2025', 'CMX5-H3NW', 0],
      ['plan-cho-moi-2025', 'CMX7-T2QP', 0],
      ['plan-cho-moi-2025', 'CMX8-L9KR', 1],
      ['plan-son-tay-ha-2025', 'STH6-R2VE', 0],
      ['plan-son-tay-ha-2025', 'STH7-N4HB', 0],
    ]);
    for (const row of petitions) {
      expect(() => PetitionSchema.shape.consents.parse(JSON.parse(row.consent_json))).not.toThrow();
    }
  });

  it('refuses to run on a database that is no longer empty', async () => {
    await expect(
      seedDemoData(handle.db, { now: new Date(), passwordHash: PASSWORD_HASH }),
    ).rejects.toThrow('Dữ liệu minh họa chỉ được tạo trên cơ sở dữ liệu trống.');
  });
});
