import type { Kysely } from 'kysely';

// When an account last signed in (issue 14: the administrators' account list shows it, so a
// forgotten or shared account stands out). Written at each successful sign-in; null for an account
// that never signed in since.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('last_login_at', 'text').execute();
}
