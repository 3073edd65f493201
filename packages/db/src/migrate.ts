import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Runs every pending migration forward inside a transaction on both dialects (SQLite and
 * PostgreSQL have transactional DDL), so a migration killed midway leaves the old schema.
 *
 * @example await migrateToLatest(db)
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Kysely, whatever its table types
  db: Kysely<any>,
  options: { postgresSchema?: string } = {},
): Promise<MigrationResultSet> {
  // On PostgreSQL the bookkeeping tables must live in the same schema as the data: without it,
  // Kysely accepts a `kysely_migration` table found in any schema on the search path.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(options.postgresSchema ? { migrationTableSchema: options.postgresSchema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
