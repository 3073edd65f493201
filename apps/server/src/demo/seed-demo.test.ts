import { findPlanById, type DatabaseHandle } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import {
  PETITION_CHANNELS,
  PETITION_FIELDS,
  PETITION_STATUSES,
  PetitionSchema,
  PlanSchema,
  ROLES,
} from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { listDemoAccounts } from './demo-accounts.js';
import type { DemoIds } from './demo-ids.js';
import { seedDemoData } from './seed-demo.js';
import {
  countBy,
  NOW,
  PASSWORD_HASH,
  seed,
  taskDeadlineStates,
  TODAY,
} from './seed-demo.test-support.js';

const dialects = await testDialects();

describe.each(dialects)('the demo installation on $name', (dialect) => {
  let handle: DatabaseHandle;
  let ids: DemoIds;

  beforeAll(async () => {
    handle = await dialect.open();
    const seeded = await seed(handle);
    ids = seeded.ids;
    const states = await countBy(handle.db, 'petitions', 'status');
    console.log(`Demo on ${dialect.name}: ${seeded.ms} ms`, JSON.stringify(states));
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

  it('gives each commune several villages and its bodies (party, government, departments, police, military, services, Front)', async () => {
    const villages = await handle.db
      .selectFrom('villages')
      .select(['id', 'admin_unit_code'])
      .execute();
    expect(villages.filter((v) => v.admin_unit_code === '02086')).toHaveLength(27);
    expect(villages.map((v) => v.id)).toContain('village-khoen-on-my');
    for (const code of ['03640', '11824', '21343'])
      expect(villages.filter((v) => v.admin_unit_code === code).length).toBeGreaterThanOrEqual(5);
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

  it('creates one account per role in each commune, the police, culture-society and service-centre departments, and a province viewer per province', async () => {
    const accounts = await handle.db
      .selectFrom('accounts')
      .select(['username', 'role', 'admin_unit_code', 'organisation_id'])
      .execute();
    expect(accounts).toHaveLength(listDemoAccounts().length);
    for (const code of ['02086', '03640', '11824', '21343']) {
      const roles = accounts.filter((a) => a.admin_unit_code === code).map((a) => a.role);
      expect(new Set(roles)).toEqual(new Set(ROLES.filter((r) => r !== 'province-viewer')));
      expect(roles.filter((r) => r === 'department')).toHaveLength(4);
    }
    expect(accounts.find((a) => a.username === 'tinh.thainguyen')).toMatchObject({
      role: 'province-viewer',
      admin_unit_code: '19',
    });
    const department = present(
      accounts.find((a) => a.username === 'phongkt.chomoi'),
      'the account phongkt.chomoi',
    );
    expect(department.organisation_id).toBe(ids.communes.choMoi.bodies.economicDepartment);
    const police = present(
      accounts.find((a) => a.username === 'congan.sontayha'),
      'the account congan.sontayha',
    );
    expect(police.organisation_id).toBe(ids.communes.sonTayHa.bodies.police);
  });

  it('walks the five seed plans to their points of the lifecycle, with a returned plan and a draft besides', async () => {
    const plans = await handle.db.selectFrom('plans').select(['id', 'status']).execute();
    const status = Object.fromEntries(plans.map((p) => [p.id, p.status]));
    // The API gave the plans their ids; the demo reports them by the seed's id.
    const seeded = Object.fromEntries(
      Object.entries(ids.plans).map(([seedId, id]) => [seedId, status[id]]),
    );
    expect(seeded).toEqual({
      'plan-cho-moi-2025': 'concluded',
      'plan-son-tay-ha-2025': 'held',
      'plan-vinh-bao-2026': 'announced',
      'plan-khoen-on-2025': 'submitted',
      'plan-than-uyen-2023': 'closed',
    });
    expect(plans.map((p) => p.status).sort()).toEqual(
      ['announced', 'closed', 'concluded', 'draft', 'held', 'returned', 'submitted'].sort(),
    );
    const returned = present(
      plans.find((p) => p.status === 'returned'),
      'the returned plan',
    );
    expect(
      present(await findPlanById(handle.db, returned.id), 'the returned plan').plan.returnComments,
    ).toHaveLength(1);
  });

  it('stores every plan as the domain accepts it, each version in its history and audited', async () => {
    const plans = await handle.db.selectFrom('plans').select(['id', 'version']).execute();
    for (const { id, version } of plans) {
      const record = present(await findPlanById(handle.db, id), `the plan ${id}`);
      expect(() => PlanSchema.parse(record.plan)).not.toThrow();
      const versions = await handle.db
        .selectFrom('plan_versions')
        .select(['version', 'event'])
        .where('plan_id', '=', id)
        .orderBy('version')
        .execute();
      expect(versions.map((v) => Number(v.version))).toEqual(
        Array.from({ length: Number(version) }, (_, i) => i + 1),
      );
      const audits = await handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'plan')
        .where('entity_id', '=', id)
        .execute();
      expect(audits).toHaveLength(Number(version));
    }
    const history = await handle.db
      .selectFrom('plan_versions')
      .select('event')
      .where('plan_id', '=', present(ids.plans['plan-cho-moi-2025'], 'the plan plan-cho-moi-2025'))
      .orderBy('version')
      .execute();
    expect(history.map((h) => h.event)).toEqual([
      'create',
      'submit',
      'approve',
      'announce',
      'hold',
      'conclude',
    ]);
  });

  it('registers about three hundred petitions in every state, channel and field, with late ones, duplicates and consent', async () => {
    const states = await countBy(handle.db, 'petitions', 'status');
    const total = Object.values(states).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(280);
    expect(total).toBeLessThanOrEqual(330);
    expect(Object.keys(states).sort()).toEqual([...PETITION_STATUSES].sort());
    expect(Object.keys(await countBy(handle.db, 'petitions', 'channel')).sort()).toEqual(
      [...PETITION_CHANNELS].sort(),
    );
    expect(Object.keys(await countBy(handle.db, 'petitions', 'field')).sort()).toEqual(
      [...PETITION_FIELDS].sort(),
    );
    const rows = await handle.db
      .selectFrom('petitions')
      .select(['plan_id', 'is_late', 'duplicate_group_id', 'consent_json', 'phone', 'village_id'])
      .execute();
    const late = rows.filter((r) => r.is_late === 1);
    expect(new Set(late.map((r) => r.plan_id))).toEqual(
      new Set(
        ['plan-cho-moi-2025', 'plan-vinh-bao-2026', 'plan-than-uyen-2023'].map((s) => ids.plans[s]),
      ),
    );
    expect(
      new Set(rows.map((r) => r.duplicate_group_id).filter(Boolean)).size,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.village_id)).size).toBeGreaterThanOrEqual(25);
    for (const row of rows) {
      const consents = PetitionSchema.shape.consents.parse(JSON.parse(row.consent_json));
      expect(consents.map((c) => c.purpose)).toContain('handle-petition');
      if (row.phone) expect(row.phone).toMatch(/^0[35789]\d{8}$/);
    }
  });

  it('audits every change of every petition, one row per version, in time order', async () => {
    const rows = await handle.db
      .selectFrom('petitions as p')
      .leftJoin('audit_log as a', (join) =>
        join.onRef('a.entity_id', '=', 'p.id').on('a.entity_type', '=', 'petition'),
      )
      .select(['p.id', 'p.version'])
      .select((eb) => eb.fn.count<string | number>('a.id').as('audits'))
      .groupBy(['p.id', 'p.version'])
      .execute();
    expect(rows.every((r) => Number(r.audits) === Number(r.version))).toBe(true);
    // Each record's history reads in time order, and nothing happened after "now".
    const audits = await handle.db
      .selectFrom('audit_log')
      .select(['entity_type', 'entity_id', 'at', 'after_json'])
      .where('entity_type', 'in', ['petition', 'plan', 'follow-up-task'])
      .execute();
    const byEntity = new Map<string, { version: number; at: string }[]>();
    for (const row of audits) {
      const version = Number(
        (JSON.parse(present(row.after_json, 'the audit row')) as { version: number }).version,
      );
      const key = `${row.entity_type}:${row.entity_id}`;
      byEntity.set(key, [...(byEntity.get(key) ?? []), { version, at: row.at }]);
    }
    for (const history of byEntity.values()) {
      const inVersionOrder = history.sort((a, b) => a.version - b.version).map((h) => h.at);
      expect(inVersionOrder).toEqual([...inVersionOrder].sort());
    }
    expect(audits.every((a) => a.at <= NOW.toISOString())).toBe(true);
    const answers = await handle.db.selectFrom('petition_answers').select('status').execute();
    expect(new Set(answers.map((a) => a.status))).toEqual(
      new Set(['drafted', 'approved', 'sent-back']),
    );
  });

  it('gives the follow-up boards a task in every deadline state as of the demo today', async () => {
    const states = new Set(await taskDeadlineStates(handle.db, TODAY));
    for (const state of [
      'upcoming',
      'due-soon',
      'overdue',
      'long-overdue',
      'extended',
      'met-on-time',
      'met-late',
    ] as const)
      expect(states).toContain(state);
    const extensions = await handle.db
      .selectFrom('extensions')
      .select('citizen_informed')
      .execute();
    expect(extensions.some((e) => Number(e.citizen_informed) === 1)).toBe(true);
    const notices = await handle.db.selectFrom('conclusion_notices').select('plan_id').execute();
    expect(notices.map((n) => n.plan_id)).toEqual([ids.plans['plan-cho-moi-2025']]);
  });

  it('records the Front’s supervision (a visit, a citizen not satisfied, an escalation) and citizens’ responses', async () => {
    const kinds = await countBy(handle.db, 'findings', 'kind');
    for (const kind of ['visited', 'citizen-not-satisfied', 'escalated-to-secretary'])
      expect(kinds[kind]).toBeGreaterThan(0);
    const responses = await handle.db.selectFrom('citizen_responses').select('response').execute();
    expect(new Set(responses.map((r) => r.response))).toEqual(new Set(['accepted', 'not-settled']));
    const reopened = await handle.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', 'follow-up.reopen')
      .execute();
    expect(
      reopened.some(
        (r) =>
          (JSON.parse(present(r.after_json, 'the audit row')) as { findingId?: string }).findingId,
      ),
    ).toBe(true);
  });

  it('refuses to run on a database that is no longer empty', async () => {
    await expect(
      seedDemoData(handle.db, { now: NOW, passwordHash: PASSWORD_HASH }),
    ).rejects.toThrow('Dữ liệu minh họa chỉ được tạo trên cơ sở dữ liệu trống.');
  });
});
