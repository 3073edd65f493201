import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Runs every pending migration forward, each in its own transaction on both dialects (SQLite
 * and PostgreSQL have transactional DDL), so a migration killed midway leaves the old schema.
 *
 * @example await migrateToLatest(db)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Kysely, whatever its table types
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
