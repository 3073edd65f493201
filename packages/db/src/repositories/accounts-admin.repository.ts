import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { fromFlag, toFlag } from './ids.js';

/** An account as administrators see it: never the password hash. */
export interface AccountSummary {
  id: string;
  username: string;
  fullName: string;
  role: string;
  adminUnitCode: string;
  organisationId: string | null;
  organisationName: string | null;
  active: boolean;
  /**
   * Set by a reset: the one-time password must be changed at the next sign-in. (Named without
   * "password": audit rows carry this summary, and no key of theirs may look like a secret.)
   */
  mustChangeOnSignIn: boolean;
  /** The last successful sign-in, or null. */
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function selectSummaries(db: Kysely<Database>) {
  return db
    .selectFrom('accounts')
    .leftJoin('organisations', 'organisations.id', 'accounts.organisation_id')
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.full_name',
      'accounts.role',
      'accounts.admin_unit_code',
      'accounts.organisation_id',
      'organisations.name as organisation_name',
      'accounts.active',
      'accounts.must_change_password',
      'accounts.last_login_at',
      'accounts.version',
      'accounts.created_at',
      'accounts.updated_at',
    ]);
}

type SummaryRow = Awaited<
  ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>
>;

function toSummary(row: SummaryRow): AccountSummary {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    adminUnitCode: row.admin_unit_code,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    active: fromFlag(row.active),
    mustChangeOnSignIn: fromFlag(row.must_change_password),
    lastLoginAt: row.last_login_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The accounts of one administrative unit, by username.
 *
 * @example await listAccountsOfUnit(db, '02086') // [{ username: 'admin.chomoi', role: 'admin', active: true, … }, …]
 */
export async function listAccountsOfUnit(
  db: Kysely<Database>,
  adminUnitCode: string,
): Promise<AccountSummary[]> {
  const rows = await selectSummaries(db)
    .where('accounts.admin_unit_code', '=', adminUnitCode)
    .orderBy('accounts.username')
    .execute();
  return rows.map(toSummary);
}

/** @example await findAccountSummary(db, accountId) // { username: 'vpdu.chomoi', … } */
export async function findAccountSummary(
  db: Kysely<Database>,
  id: string,
): Promise<AccountSummary | undefined> {
  const row = await selectSummaries(db).where('accounts.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

/**
 * Activates or deactivates an account if it is still at `expectedVersion`; false when someone
 * changed it in between (the caller answers STALE_VERSION).
 *
 * @example await updateAccountActive(trx, { id, expectedVersion: 1, active: false, now })
 */
export async function updateAccountActive(
  db: Kysely<Database>,
  change: { id: string; expectedVersion: number; active: boolean; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set((eb) => ({
      active: toFlag(change.active),
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Replaces an account's password hash if it is still at `expectedVersion`.
 *
 * @example await updateAccountPasswordHash(trx, { id, expectedVersion: 2, passwordHash, mustChange: true, now })
 */
export async function updateAccountPasswordHash(
  db: Kysely<Database>,
  change: {
    id: string;
    expectedVersion: number;
    passwordHash: string;
    /** True after a reset (a one-time password), false when the person chose it. */
    mustChange: boolean;
    now: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set((eb) => ({
      password_hash: change.passwordHash,
      must_change_password: toFlag(change.mustChange),
      version: eb('version', '+', 1),
      updated_at: change.now,
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records a successful sign-in; not a change of the account (no version, no audit row: the
 * security log has the attempt).
 *
 * @example await recordLogin(db, accountId, now)
 */
export async function recordLogin(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('accounts').set({ last_login_at: at }).where('id', '=', id).execute();
}

/**
 * The active system administrators (`admin` accounts bound to the national unit `VN`, issue 14),
 * by user name: the first run creates one only while this is empty.
 *
 * @example await listActiveSystemAdministrators(db) // [{ id: '…', username: 'quantri.hethong' }]
 */
export async function listActiveSystemAdministrators(
  db: Kysely<Database>,
): Promise<{ id: string; username: string }[]> {
  return db
    .selectFrom('accounts')
    .select(['id', 'username'])
    .where('role', '=', 'admin')
    .where('admin_unit_code', '=', 'VN')
    .where('active', '=', toFlag(true))
    .orderBy('username')
    .execute();
}
