import type { Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { AccountRow, Database } from '../tables/index.js';
import { fromFlag, newId } from './ids.js';

/** A stored account, camelCase — with its password hash: only sign-in and the commands read it. */
export interface AccountRecord {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  adminUnitCode: string;
  organisationId: string | null;
  villageId: string | null;
  mustChangePassword: boolean;
  passwordHash: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** @example toAccountRecord(row).active // true */
export function toAccountRecord(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role as Role,
    adminUnitCode: row.admin_unit_code,
    organisationId: row.organisation_id,
    villageId: row.village_id,
    mustChangePassword: fromFlag(row.must_change_password),
    passwordHash: row.password_hash,
    active: fromFlag(row.active),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewAccount {
  username: string;
  fullName: string;
  role: Role;
  adminUnitCode: string;
  organisationId?: string | null;
  /** A village account's village. */
  villageId?: string | null;
  /** A password someone else chose (a reset, a first account): changed at the next sign-in. */
  mustChangePassword?: boolean;
  passwordHash: string;
}

/** @example await insertAccount(db, { username: 'vp.dangu.chomoi', fullName: 'Hoàng Thị Lan', role: 'party-office', adminUnitCode: '02086', passwordHash }, now) */
export async function insertAccount(
  db: Kysely<Database>,
  account: NewAccount,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('accounts')
    .values({
      id,
      username: account.username.toLowerCase(),
      full_name: account.fullName,
      role: account.role,
      admin_unit_code: account.adminUnitCode,
      organisation_id: account.organisationId ?? null,
      village_id: account.villageId ?? null,
      must_change_password: account.mustChangePassword ? 1 : 0,
      password_hash: account.passwordHash,
      active: 1,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** @example (await findAccountByUsername(db, 'VPDU.ChoMoi'))?.username // 'vpdu.chomoi' */
export async function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<AccountRecord | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
  return row && toAccountRecord(row);
}

export async function findAccountById(
  db: Kysely<Database>,
  id: string,
): Promise<AccountRecord | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccountRecord(row);
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
