import {
  appendAudit,
  findAdminUnit,
  insertAccount,
  insertAdminUnit,
  insertOrganisation,
  type Database,
} from '@doithoai/db';
import { toSearchKey, villageDisplayName } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { listDemoAccounts } from './demo-accounts.js';
import {
  BODY_OF_ROLE,
  DEMO_COMMUNES,
  DEMO_LEGACY_DISTRICT,
  demoBodies,
  type CommuneRole,
  type DemoBody,
  type DemoCommune,
} from './demo-communes.js';
import { seedDemoDialogues } from './demo-dialogues.js';
import type { DemoCommuneIds, DemoIds } from './demo-ids.js';

/** True when the database holds no administrative unit and no account: a fresh installation. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const unit = await db.selectFrom('admin_units').select('code').limit(1).executeTakeFirst();
  const account = await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
  return !unit && !account;
}

const UNIT_KIND_LABEL: Record<string, string> = {
  province: 'tỉnh',
  municipality: 'thành phố',
  commune: 'xã',
  ward: 'phường',
  'special-zone': 'đặc khu',
  'rural-district': 'huyện',
};

async function insertUnits(db: Kysely<Database>, now: string): Promise<void> {
  for (const commune of DEMO_COMMUNES) {
    const { province, unit } = commune;
    if (!(await findAdminUnit(db, province.code))) {
      await insertAdminUnit(
        db,
        {
          code: province.code,
          name: province.name,
          level: 'province',
          kind: UNIT_KIND_LABEL[province.kind] ?? null,
        },
        now,
      );
    }
    await insertAdminUnit(
      db,
      {
        code: unit.code,
        name: unit.name,
        level: 'commune',
        kind: UNIT_KIND_LABEL[unit.kind] ?? null,
        parentCode: province.code,
      },
      now,
    );
  }
  const district = DEMO_LEGACY_DISTRICT;
  await insertAdminUnit(
    db,
    {
      code: district.code,
      name: district.name,
      level: 'district',
      kind: UNIT_KIND_LABEL[district.kind] ?? null,
      parentCode: district.parentCode,
    },
    now,
  );
}

async function insertCommune(
  db: Kysely<Database>,
  commune: DemoCommune,
  passwordHash: string,
  now: string,
): Promise<DemoCommuneIds> {
  for (const village of commune.villages) {
    await db
      .insertInto('villages')
      .values({
        id: village.id,
        admin_unit_code: commune.unit.code,
        name: village.name,
        kind: village.kind,
        search_key: toSearchKey(villageDisplayName(village)),
        quota: null,
        created_at: now,
      })
      .execute();
  }
  const bodies = {} as Record<DemoBody, string>;
  for (const [key, body] of Object.entries(demoBodies(commune)) as [
    DemoBody,
    { kind: string; name: string },
  ][]) {
    bodies[key] = await insertOrganisation(db, { adminUnitCode: commune.unit.code, ...body }, now);
  }
  const accounts = {} as Record<CommuneRole, string>;
  for (const account of listDemoAccounts()) {
    if (account.adminUnitCode !== commune.unit.code || account.role === 'province-viewer') continue;
    const role = account.role;
    const body = BODY_OF_ROLE[role];
    accounts[role] = await insertAccount(
      db,
      {
        username: account.username,
        fullName: account.fullName,
        role,
        adminUnitCode: commune.unit.code,
        organisationId: body ? bodies[body] : null,
        passwordHash,
      },
      now,
    );
  }
  return {
    code: commune.unit.code,
    accounts,
    bodies,
    villageIds: commune.villages.map((v) => v.id),
  };
}

/**
 * Creates the demo installation in one transaction: the four communes of the seed plans with
 * their provinces, villages and bodies, one account per role in each (all with `passwordHash`,
 * the hash of `DEMO_PASSWORD`), a province viewer per province, the seed plans and a few
 * petitions. Refuses a database that is not empty.
 *
 * @example const ids = await seedDemoData(db, { now: new Date(), passwordHash: await hashPassword(DEMO_PASSWORD) })
 */
export async function seedDemoData(
  db: Kysely<Database>,
  options: { now: Date; passwordHash: string },
): Promise<DemoIds> {
  const now = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (!(await isDatabaseEmpty(trx))) {
      throw new Error('Dữ liệu minh họa chỉ được tạo trên cơ sở dữ liệu trống.');
    }
    await insertUnits(trx, now);
    const communes = {} as DemoIds['communes'];
    for (const commune of DEMO_COMMUNES) {
      communes[commune.key] = await insertCommune(trx, commune, options.passwordHash, now);
    }
    const provinceViewers: DemoIds['provinceViewers'] = {};
    for (const account of listDemoAccounts().filter((a) => a.role === 'province-viewer')) {
      provinceViewers[account.adminUnitCode] = await insertAccount(
        trx,
        { ...account, passwordHash: options.passwordHash },
        now,
      );
    }
    const ids: DemoIds = { communes, provinceViewers };
    await seedDemoDialogues(trx, ids, options.now);
    await appendAudit(trx, {
      at: now,
      actor: null,
      adminUnitCode: null,
      action: 'demo.seed',
      entityType: 'installation',
      entityId: 'demo',
      after: {
        communes: DEMO_COMMUNES.map((c) => c.unit.code),
        accounts: listDemoAccounts().map((a) => a.username),
      },
      reason: 'DEMO_DATA: dữ liệu minh họa trên cơ sở dữ liệu trống',
    });
    return ids;
  });
}
