import { hashPassword } from '@doithoai/api/server';
import { findAccountByUsername, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';
import { DEMO_PASSWORD, listDemoAccounts } from './demo-accounts.js';
import { isDatabaseEmpty, seedDemoData } from './seed-demo.js';

export type DemoState =
  /** Just created on an empty database. */
  | 'seeded'
  /** Created on an earlier start (its first account is there). */
  | 'present'
  /** The database holds other data: nothing added. */
  | 'absent';

/**
 * At start with `DEMO_DATA` on: creates the demo on an empty database, and says whether the
 * demo accounts exist (so the console lists them only when they can be used).
 *
 * @example await ensureDemoData(db, new Date()) // 'seeded'
 */
export async function ensureDemoData(db: Kysely<Database>, now: Date): Promise<DemoState> {
  if (await isDatabaseEmpty(db)) {
    await seedDemoData(db, { now, passwordHash: await hashPassword(DEMO_PASSWORD) });
    return 'seeded';
  }
  const first = listDemoAccounts()[0]!;
  return (await findAccountByUsername(db, first.username)) ? 'present' : 'absent';
}
