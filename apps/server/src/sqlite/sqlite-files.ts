import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import SQLite from 'better-sqlite3';

// SQLite file operations for `doithoai backup` and `doithoai restore`: an online backup through
// SQLite's backup API (consistent while the server keeps writing), an integrity check, and a
// restore that refuses a database in use and keeps the file it replaces.

export interface IntegrityReport {
  ok: boolean;
  /** `integrity_check`'s lines ('ok' alone when sound). */
  messages: string[];
  /** True when the file has the tables of a Đối thoại database (migrations, accounts). */
  isDoithoaiDatabase: boolean;
}

/**
 * Checks a database file without changing it: `PRAGMA integrity_check` and the tables it must have.
 *
 * @example checkSqliteFile('/srv/backups/doithoai-2025-12-01.db') // { ok: true, messages: ['ok'], isDoithoaiDatabase: true }
 */
export function checkSqliteFile(path: string): IntegrityReport {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true });
    const messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    const tables = new Set(
      (
        db.prepare("select name from sqlite_master where type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    return {
      ok: messages.length === 1 && messages[0] === 'ok',
      messages,
      isDoithoaiDatabase: tables.has('kysely_migration') && tables.has('accounts'),
    };
  } catch (error) {
    // Not a database at all, or too damaged to open: a failed check, not a crash.
    return { ok: false, messages: [(error as Error).message], isDoithoaiDatabase: false };
  } finally {
    db?.close();
  }
}

/**
 * Copies a live database to `target` with SQLite's online backup, in one step after the first
 * (so writes by the server during the copy cannot restart it forever), then turns the copy into a
 * single self-contained file (rollback journal, not WAL), readable by its owner only (0600).
 *
 * @example await backupSqlite(handle.sqlite!, '/srv/backups/doithoai-2025-12-01.db')
 */
export async function backupSqlite(
  source: SQLite.Database,
  target: string,
): Promise<{ pages: number }> {
  let pages = 0;
  // Created empty, readable by its owner only (0600), before SQLite writes a byte: a backup holds
  // every citizen's name, address and phone (SECURITY.md), so it is never world-readable, not
  // even while it is written. SQLite keeps an existing file's mode (and gives its journal the same).
  closeSync(openSync(target, 'wx', 0o600));
  await source.backup(target, {
    // A write by another connection between two steps restarts the copy from the first page, so
    // every step after the first copies the whole database: it cannot be restarted forever.
    progress: ({ totalPages }) => {
      pages = totalPages;
      return Math.max(totalPages, 1);
    },
  });
  const copy = new SQLite(target, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    pages ||= Number(copy.pragma('page_count', { simple: true }));
  } finally {
    copy.close();
  }
  return { pages };
}

/**
 * True when another connection (a running server) has the database open. In WAL mode every open
 * connection holds a shared lock on the file, so an exclusive lock taken without waiting fails.
 *
 * @example isSqliteInUse('./data/doithoai.db') // false when the server is stopped
 */
export function isSqliteInUse(path: string): boolean {
  const db = new SQLite(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    // Fold any write-ahead log into the file, so the file alone is the whole database.
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a checked backup in place of the database at `target`: the current file (if any) is kept
 * beside it as `<target>.before-restore-<time>`, the backup is copied to a temporary name, flushed
 * to disk and renamed over (an atomic step on one file system). Call only after `checkSqliteFile`
 * and `isSqliteInUse`.
 *
 * @example restoreSqlite('/srv/backups/doithoai-2025-12-01.db', './data/doithoai.db', new Date())
 */
export function restoreSqlite(
  backup: string,
  target: string,
  now: Date,
): { keptAs: string | null } {
  let keptAs: string | null = null;
  if (existsSync(target)) {
    keptAs = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(target, keptAs);
  }
  for (const suffix of ['-wal', '-shm']) {
    const sidecar = `${target}${suffix}`;
    if (!existsSync(sidecar)) continue;
    // After the checkpoint the log is empty; a non-empty one means someone wrote since.
    if (suffix === '-wal' && statSync(sidecar).size > 0) {
      throw new Error(
        `Tệp nhật ký ${sidecar} còn dữ liệu chưa ghi vào cơ sở dữ liệu; hãy dừng máy chủ rồi thử lại.`,
      );
    }
    rmSync(sidecar);
  }
  const temporary = `${target}.restoring`;
  copyFileSync(backup, temporary);
  fsyncFile(temporary);
  renameSync(temporary, target);
  return { keptAs };
}
