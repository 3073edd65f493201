import {
  appendAudit,
  findAdminUnit,
  insertAccount,
  insertAdminUnit,
  insertOrganisation,
  withinTransaction,
  type Database,
} from '@doithoai/db';
import { createCalendarProvider } from '@doithoai/api/server';
import {
  fullAdminUnitName,
  toSearchKey,
  vietnamDateAt,
  villageDisplayName,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { listDemoAccounts } from './demo-accounts.js';
import { createDemoApi } from './demo-api.js';
import { createDemoClock } from './demo-clock.js';
import {
  DEMO_COMMUNES,
  DEMO_LEGACY_DISTRICT,
  demoBodies,
  type CommuneRole,
  type DemoBody,
  type DemoCommune,
  type DepartmentBody,
} from './demo-communes.js';
import { DEMO_EARLIEST_TODAY } from './demo-dialogue-helpers.js';
import { DEMO_STORIES } from './demo-dialogues.js';
import type { DemoCommuneIds, DemoIds } from './demo-ids.js';
import { createDemoRandom, DEMO_SEED } from './demo-random.js';
import { demoWorld } from './demo-world.js';

/**
 * True when the database holds no administrative unit and no account: a fresh installation.
 *
 * @example await isDatabaseEmpty(db) // true on a fresh installation
 */
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
  const departmentAccounts = {} as Record<DepartmentBody, string>;
  for (const account of listDemoAccounts()) {
    if (account.adminUnitCode !== commune.unit.code || account.role === 'province-viewer') continue;
    const id = await insertAccount(
      db,
      {
        username: account.username,
        fullName: account.fullName,
        role: account.role,
        adminUnitCode: commune.unit.code,
        organisationId: account.body ? bodies[account.body] : null,
        passwordHash,
      },
      now,
    );
    if (account.departmentBody) departmentAccounts[account.departmentBody] = id;
    else accounts[account.role] = id;
  }
  return {
    code: commune.unit.code,
    accounts,
    departmentAccounts,
    bodies,
    villageIds: commune.villages.map((v) => v.id),
    plans: {},
  };
}

/**
 * The instant the stories are told as of: `now`, or — on a clock set before the demo's own
 * history (Chợ Mới's dialogue of 10/12/2025 and its year of follow-up) — 09:00 on
 * `DEMO_EARLIEST_TODAY`, so the stories stay whole (their records then lie after `now`).
 */
function storyNow(now: Date): Date {
  return vietnamDateAt(now) < DEMO_EARLIEST_TODAY
    ? new Date(`${DEMO_EARLIEST_TODAY}T09:00:00+07:00`)
    : now;
}

/** What the demo build reports while it runs: one line per step (Vietnamese, for the console). */
export type DemoProgress = (line: string) => void;

/**
 * Creates the demo installation on an empty database, in ONE transaction — all of it or, if
 * anything fails or the process is killed, nothing: first the provinces, the communes of the
 * seed plans and the province viewers (refusing a database that is not empty), then for each
 * commune its villages, bodies and one account per role (all with `passwordHash`, the hash of
 * `DEMO_PASSWORD`), then its dialogues (`DEMO_STORIES`), told through the API's own procedures —
 * each call as the account acting, on the day it happens, its own transaction simply part of
 * the demo's (`withinTransaction`: nothing here survives a failed call, which ends the build) —
 * with a fixed pseudo-random seed and dates counted from
 * `now`'s day in Vietnam (see `storyNow` for a clock set too early). `progress` gets a line as
 * each commune starts.
 *
 * @example const ids = await seedDemoData(db, { now: new Date(), passwordHash: await hashPassword(DEMO_PASSWORD) })
 */
export function seedDemoData(
  db: Kysely<Database>,
  options: { now: Date; passwordHash: string; progress?: DemoProgress },
): Promise<DemoIds> {
  return db.transaction().execute((trx) => seedInside(withinTransaction(trx), options));
}

async function seedInside(
  db: Kysely<Database>,
  options: { now: Date; passwordHash: string; progress?: DemoProgress },
): Promise<DemoIds> {
  const now = options.now.toISOString();
  const progress = options.progress ?? (() => undefined);
  if (!(await isDatabaseEmpty(db))) {
    throw new Error('Dữ liệu minh họa chỉ được tạo trên cơ sở dữ liệu trống.');
  }
  await insertUnits(db, now);
  const provinceViewers: DemoIds['provinceViewers'] = {};
  for (const account of listDemoAccounts().filter((a) => a.role === 'province-viewer')) {
    provinceViewers[account.adminUnitCode] = await insertAccount(
      db,
      { ...account, passwordHash: options.passwordHash },
      now,
    );
  }
  await appendAudit(db, {
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
  const clock = createDemoClock(storyNow(options.now), await createCalendarProvider().get(db));
  const api = createDemoApi(db);
  const communes = {} as DemoIds['communes'];
  for (const [index, commune] of DEMO_COMMUNES.entries()) {
    // On SQLite every query completes at once, so the build would never return to the event
    // loop: let a Ctrl-C (main.ts) in between communes.
    await new Promise((resolve) => setImmediate(resolve));
    progress(
      `Đang tạo dữ liệu minh họa ${index + 1}/${DEMO_COMMUNES.length}: ${fullAdminUnitName(commune.unit)} (${fullAdminUnitName(commune.province)})…`,
    );
    const ids = await insertCommune(db, commune, options.passwordHash, now);
    const random = createDemoRandom(DEMO_SEED + index);
    await DEMO_STORIES[commune.key](demoWorld(db, api, clock, random, commune, ids));
    communes[commune.key] = ids;
  }
  const plans = Object.assign(
    {},
    ...Object.values(communes).map((c) => c.plans),
  ) as DemoIds['plans'];
  return { communes, provinceViewers, plans };
}
