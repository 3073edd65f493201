import type { Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { AccountRow, Database } from '../tables/index.js';
import { newId } from './ids.js';

export interface NewAccount {
  username: string;
  fullName: string;
  role: Role;
  adminUnitCode: string;
  organisationId?: string | null;
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
      password_hash: account.passwordHash,
      active: 1,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function findAccountById(
  db: Kysely<Database>,
  id: string,
): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
