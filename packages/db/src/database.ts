import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { keepTheErrorThatRolledBack } from './sqlite-rollback.js';
import type { Database } from './tables/index.js';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for logs: a file path or the PostgreSQL URL without its password. */
  location: string;
  /** The raw better-sqlite3 connection (online backup, integrity check); absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  /** PostgreSQL: the pool's connections (open, idle) and the queries waiting for one. */
  poolStats?(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /**
   * `postgres://…` or `postgresql://…` → PostgreSQL; `file:PATH`, a bare path or `:memory:` →
   * SQLite. The server passes `DATABASE_URL`, defaulting to `./data/doithoai.db`.
   */
  url: string;
  /** PostgreSQL schema (search_path) — lets test suites share one database. */
  postgresSchema?: string;
  /** SQLite `synchronous`: `FULL` (the default, durable) or `NORMAL` (benchmarks only). */
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  poolSize?: number;
  /**
   * PostgreSQL: told when a connection breaks outside a query (the server restarted, a backend
   * terminated, the network dropped). The broken connection leaves the pool and the next query
   * opens a new one; without a listener node-postgres would throw the error and end the process.
   * Default: one line on stderr with the time.
   */
  onConnectionError?: (error: Error) => void;
}

/** The dialect a database URL selects. @example dialectOf('postgres://localhost/test') // 'postgres' */
export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * better-sqlite3 as Kysely sees it, with prepared statements reused: Kysely's SQLite driver
 * prepares every query anew, and preparing the intake's 25-column insert costs about as much
 * as running it (`tooling/bench`, kysely-intake/raw-sqlite). The driver runs one query at a
 * time per connection (a mutex), so a cached statement is never used twice at once. Bounded:
 * the least recently used statement is dropped (lists of ids make many distinct texts).
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string): SQLite.Statement {
      const cached = cache.get(text);
      if (cached) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      cache.set(text, statement);
      if (cache.size > size) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}

/**
 * Opens the database a URL names. SQLite runs in WAL mode with foreign keys on, a 5 s busy
 * timeout and `synchronous=FULL`, so every acknowledged commit survives a power cut
 * (docs/operations.md, "Storage"); its folder is created if missing.
 *
 * @example const { db, close } = createDatabase({ url: './data/doithoai.db' });
 */
export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  if (dialectOf(options.url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // An unreachable server (network cut, failover in progress) fails the request after 10 s
      // — a retryable 503 — instead of leaving it waiting forever.
      connectionTimeoutMillis: 10_000,
      ...(options.postgresSchema ? { options: `-c search_path=${options.postgresSchema}` } : {}),
    });
    const onError =
      options.onConnectionError ??
      ((error: Error) =>
        console.error(
          `${new Date().toISOString()} [db] kết nối PostgreSQL bị ngắt: ${error.message}`,
        ));
    // Every connection gets its own listener: pg-pool listens only to idle ones (and re-emits
    // their errors on the pool, which then needs a listener too — already reported below).
    pool.on('connect', (client) => client.on('error', onError));
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      location: redact(options.url),
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      close: () => db.destroy(),
    };
  }
  const path = options.url.replace(/^file:/, '');
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: keepTheErrorThatRolledBack(withStatementCache(sqlite), sqlite),
    }),
  });
  return {
    db,
    dialect: 'sqlite',
    // Absolute, so the operator sees which file it is whatever the current folder.
    location: path === ':memory:' ? path : resolve(path),
    sqlite,
    // Kysely only closes the driver if it ever opened it; close the connection ourselves too.
    close: async () => {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
