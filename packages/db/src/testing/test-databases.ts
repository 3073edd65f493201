import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type DialectName } from '../database.js';
import { migrateToLatest } from '../migrate.js';

/** Where the PostgreSQL storage suite runs: `PG_URL`, else the machine's local server. */
export const TEST_POSTGRES_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function isPostgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDialect {
  name: DialectName;
  /** A fresh, migrated, empty database for one test file or test. */
  open(): Promise<DatabaseHandle>;
}

const sqliteDialect: TestDialect = {
  name: 'sqlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'doithoai-test-'));
    const handle = createDatabase({ url: join(folder, 'test.db') });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

const postgresDialect: TestDialect = {
  name: 'postgres',
  async open() {
    // One schema per open(): suites share the `test` database without seeing each other.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = createDatabase({ url: TEST_POSTGRES_URL, postgresSchema: schema, poolSize: 4 });
    await migrateBesideOtherSuites(handle, schema);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await cleanup.connect();
        await cleanup.query(`drop schema ${schema} cascade`);
        await cleanup.end();
      },
    };
  },
};

/**
 * Kysely's migrator looks for its own table by listing the tables of every schema (casting each
 * to `regclass`), so a suite dropping its schema at that moment makes it fail with 3F000
 * "schema t_… does not exist" naming the other suite's schema (seen in CI: seed-demo-repeat
 * beside the notification suites). The migrations run in one transaction, so trying again is
 * safe; a missing schema of our own is a real error and is not retried.
 */
async function migrateBesideOtherSuites(handle: DatabaseHandle, schema: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateToLatest(handle.db, { postgresSchema: schema });
      return;
    } catch (error) {
      const otherSuiteDroppedItsSchema =
        error instanceof Error &&
        (error as Error & { code?: string }).code === '3F000' &&
        !error.message.includes(schema);
      if (!otherSuiteDroppedItsSchema || attempt >= 5) throw error;
    }
  }
}

/**
 * The dialects a storage suite runs on: SQLite always; PostgreSQL when reachable. With
 * `REQUIRE_POSTGRES=1` (set by `.ci/run`) an unreachable PostgreSQL is an error, not a skip.
 *
 * @example
 * const dialects = await testDialects();
 * describe.each(dialects)('petitions on $name', (dialect) => { … });
 */
export async function testDialects(): Promise<TestDialect[]> {
  if (await isPostgresReachable(TEST_POSTGRES_URL)) return [sqliteDialect, postgresDialect];
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${TEST_POSTGRES_URL} is not reachable.`);
  }
  console.warn(
    `[storage tests] PostgreSQL at ${TEST_POSTGRES_URL} is not reachable: running on SQLite only ` +
      '(set PG_URL to a server, or start one, to run the PostgreSQL suite).',
  );
  return [sqliteDialect];
}
