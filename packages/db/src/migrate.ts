import { Migrator, sql, SqliteAdapter, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Runs every pending migration forward inside one transaction, so a migration killed midway
 * leaves the old schema, never half of the new one. PostgreSQL: Kysely's Migrator opens the
 * transaction itself. SQLite: Kysely declares no transactional DDL and would run each statement
 * on its own, so the whole run is wrapped in `BEGIN IMMEDIATE … COMMIT` here — SQLite's DDL is
 * transactional, and its dialect has a single connection, so every statement of the Migrator
 * runs inside it (the kill -9 test in apps/server/src/faults proves it).
 *
 * `extraMigrations` run after the real ones — for tests only (the fault suite adds a deliberately
 * slow one to kill it midway).
 *
 * @example await migrateToLatest(db)
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Kysely, whatever its table types
  db: Kysely<any>,
  options: { postgresSchema?: string; extraMigrations?: typeof MIGRATIONS } = {},
): Promise<MigrationResultSet> {
  // On PostgreSQL the bookkeeping tables must live in the same schema as the data: without it,
  // Kysely accepts a `kysely_migration` table found in any schema on the search path.
  const migrations = { ...MIGRATIONS, ...options.extraMigrations };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(options.postgresSchema ? { migrationTableSchema: options.postgresSchema } : {}),
  });
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (!sqlite) {
    const result = await migrator.migrateToLatest();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Kysely hands back what the migration threw: rethrown as it came
    if (result.error) throw result.error;
    return result;
  }
  // SQLite rebuilds a table to change a constraint (create, copy, drop, rename: its documented
  // procedure), which needs foreign keys off — a pragma that only works outside a transaction.
  // Every reference is checked before the commit instead (`foreign_key_check`).
  const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const enforced = foreignKeys.rows[0]?.foreign_keys === 1;
  if (enforced) await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    let result: MigrationResultSet;
    try {
      result = await migrator.migrateToLatest();
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (!result.error && broken.rows.length > 0)
        result = {
          ...result,
          error: new Error(`foreign_key_check: ${JSON.stringify(broken.rows)}`),
        };
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
    await sql.raw(result.error ? 'rollback' : 'commit').execute(db);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Kysely hands back what the migration threw: rethrown as it came
    if (result.error) throw result.error;
    return result;
  } finally {
    if (enforced) await sql`pragma foreign_keys = on`.execute(db);
  }
}
