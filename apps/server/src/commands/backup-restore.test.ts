import { present, SEED_PLANS } from '@doithoai/domain/testing';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, createDatabase, migrateToLatest, type DatabaseHandle } from '@doithoai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSqliteFile } from '../sqlite/sqlite-files.js';
import type { CliIo } from './command.js';
import { runCli } from './run.js';

function recordingIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    askSecret: () => Promise.resolve(null),
  };
}

const cli = (argv: string[], databaseUrl: string, io = recordingIo()) =>
  runCli(argv, {
    io,
    databaseUrl,
    password: undefined,
    now: () => new Date('2025-12-01T10:00:00Z'),
  }).then((code) => ({ code, io }));

/** One audit row per write, numbered, so a copy shows exactly which writes it holds. */
async function write(handle: DatabaseHandle, n: number): Promise<void> {
  await appendAudit(handle.db, {
    at: '2025-12-01T10:00:00.000Z',
    actor: null,
    adminUnitCode: '02086',
    action: 'test.write',
    entityType: 'counter',
    entityId: `write-${String(n).padStart(6, '0')}`,
    after: { n, note: 'Ghi trong khi sao lưu — dữ liệu tiếng Việt có dấu.'.repeat(20) },
  });
}

async function writtenNumbers(handle: DatabaseHandle): Promise<number[]> {
  const rows = await handle.db
    .selectFrom('audit_log')
    .select('after_json')
    .where('action', '=', 'test.write')
    .execute();
  return rows
    .map((row) => (JSON.parse(present(row.after_json, 'the written row')) as { n: number }).n)
    .sort((a, b) => a - b);
}

describe('doithoai backup and restore on SQLite', () => {
  let folder: string;
  let databasePath: string;
  let live: DatabaseHandle;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-cli-'));
    databasePath = join(folder, 'data', 'doithoai.db');
    expect((await cli(['seed-demo'], `file:${databasePath}`)).code).toBe(0);
    live = createDatabase({ url: databasePath }); // the "server": a connection that keeps writing
    await migrateToLatest(live.db);
    for (let n = 1; n <= 300; n += 1) await write(live, n);
  });
  afterAll(async () => {
    await live.close().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up while the server writes, restores, and reads everything back intact', async () => {
    const backupFile = join(folder, 'backups', 'doithoai-2025-12-01.db');
    let writing = true;
    let n = 300;
    const writer = (async () => {
      while (writing) {
        n += 1;
        await write(live, n);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await cli(['backup', backupFile], databasePath);
    writing = false;
    await writer;
    expect(backup.io.errors).toEqual([]);
    expect(backup.code).toBe(0);
    expect(backup.io.lines[0]).toMatch(/integrity_check: ok/);
    expect(n).toBeGreaterThan(300); // writes really happened during the backup

    // The copy is a consistent snapshot: every write before the backup began, then an unbroken run.
    const inBackup = createDatabase({ url: backupFile });
    const copied = await writtenNumbers(inBackup);
    await inBackup.close();
    expect(copied.slice(0, 300)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(copied).toEqual(Array.from({ length: copied.length }, (_, i) => i + 1));

    // Restoring is refused while the server has the database open…
    const refused = await cli(['restore', backupFile], databasePath);
    expect(refused.code).toBe(1);
    expect(refused.io.errors[0]).toMatch(/đang được sử dụng/);
    // …and done once it is stopped; the replaced file is kept beside it.
    const before = await writtenNumbers(live);
    await live.close();
    const restored = await cli(['restore', backupFile], databasePath);
    expect(restored.io.errors).toEqual([]);
    expect(restored.code).toBe(0);
    expect(readdirSync(join(folder, 'data')).some((f) => f.includes('.before-restore-'))).toBe(
      true,
    );

    expect(checkSqliteFile(databasePath)).toEqual({
      ok: true,
      messages: ['ok'],
      isDoithoaiDatabase: true,
    });
    live = createDatabase({ url: databasePath });
    expect(await writtenNumbers(live)).toEqual(copied);
    expect(before.length).toBeGreaterThanOrEqual(copied.length);
    const accounts = await live.db.selectFrom('accounts').select('username').execute();
    expect(accounts.map((a) => a.username)).toContain('admin.chomoi');
    const plans = await live.db.selectFrom('plans').select('title').execute();
    expect(plans.length).toBeGreaterThanOrEqual(5);
    expect(plans.map((p) => p.title)).toContain(SEED_PLANS.choMoi2025.title);
  });

  it('writes the backup readable by its owner only (0600), whatever the umask', async () => {
    const backupFile = join(folder, 'backups', 'chi-chu-so-huu.db');
    const umask = process.umask(0o022); // the usual default: new files 0644
    try {
      const { code } = await cli(['backup', backupFile], databasePath);
      expect(code).toBe(0);
    } finally {
      process.umask(umask);
    }
    expect((statSync(backupFile).mode & 0o777).toString(8)).toBe('600');
  });

  it('never overwrites an existing backup file', async () => {
    const existing = join(folder, 'da-co.db');
    writeFileSync(existing, 'bản cũ');
    const { code, io } = await cli(['backup', existing], databasePath);
    expect(code).toBe(1);
    expect(io.errors[0]).toMatch(/đã có/);
  });

  it('refuses to restore a damaged file or one that is not a Đối thoại database', async () => {
    const garbage = join(folder, 'hong.db');
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    const damaged = await cli(['restore', garbage], join(folder, 'khac.db'));
    expect(damaged.code).not.toBe(0);
    const foreign = join(folder, 'la.db');
    const other = createDatabase({ url: foreign });
    present(other.sqlite, 'the SQLite connection').exec('create table ghi_chu (x text)');
    await other.close();
    const notOurs = await cli(['restore', foreign], join(folder, 'khac.db'));
    expect(notOurs.code).toBe(1);
    expect(notOurs.io.errors[0]).toMatch(/không phải cơ sở dữ liệu của Đối thoại/);
    expect(existsSync(join(folder, 'khac.db'))).toBe(false);
  });

  it('points PostgreSQL users to pg_dump and pg_restore', async () => {
    const url = 'postgres://doithoai@127.0.0.1:5432/doithoai';
    const backup = await cli(['backup', join(folder, 'x.db')], url);
    expect(backup.code).toBe(1);
    expect(backup.io.errors[0]).toMatch(/pg_dump/);
    const restore = await cli(['restore', join(folder, 'x.db')], url);
    expect(restore.io.errors[0]).toMatch(/pg_restore/);
  });
});
