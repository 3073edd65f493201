import { hashPassword } from '@doithoai/api/server';
import { findAccountByUsername, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';
import { DEMO_PASSWORD, listDemoAccounts } from './demo-accounts.js';
import { required } from './demo-required.js';
import { isDatabaseEmpty, seedDemoData, type DemoProgress } from './seed-demo.js';

export type DemoState =
  /** Just created on an empty database. */
  | 'seeded'
  /** Created on an earlier start (its first account is there). */
  | 'present'
  /** The database holds other data: nothing added. */
  | 'absent';

/**
 * At start with `DEMO_DATA` on: creates the demo on an empty database, and says whether the
 * demo accounts exist (so the console lists them only when they can be used). `progress` gets a
 * line as each commune of the demo is built.
 *
 * @example await ensureDemoData(db, new Date(), console.log) // 'seeded'
 */
export async function ensureDemoData(
  db: Kysely<Database>,
  now: Date,
  progress?: DemoProgress,
): Promise<DemoState> {
  if (await isDatabaseEmpty(db)) {
    await seedDemoData(db, { now, passwordHash: await hashPassword(DEMO_PASSWORD), progress });
    return 'seeded';
  }
  const first = required(listDemoAccounts()[0], 'a demo account');
  return (await findAccountByUsername(db, first.username)) ? 'present' : 'absent';
}
