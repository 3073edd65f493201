import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// SQLite rolls a transaction back by itself on some errors — SQLITE_FULL (disk full),
// SQLITE_IOERR, SQLITE_NOMEM, SQLITE_BUSY in some cases. Kysely then sends its own `rollback`,
// which fails with "cannot rollback - no transaction is active" and REPLACES the real error:
// a full disk reached the client as a meaningless 500 instead of the retryable STORAGE_FULL
// (apps/server/src/faults/disk-full.test.ts found it).

const NOTHING_TO_ROLL_BACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

/**
 * Kysely's view of a better-sqlite3 connection where `rollback` is skipped when SQLite has
 * already ended the transaction, so the error that ended it reaches the caller.
 *
 * @example new SqliteDialect({ database: keepTheErrorThatRolledBack(sqlite, sqlite) })
 */
export function keepTheErrorThatRolledBack(
  database: SqliteDatabase,
  connection: SQLite.Database,
): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare: (text: string) =>
      /^\s*rollback\s*;?\s*$/iu.test(text) && !connection.inTransaction
        ? NOTHING_TO_ROLL_BACK
        : database.prepare(text),
  };
}
