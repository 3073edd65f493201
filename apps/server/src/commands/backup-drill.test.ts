import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { childEnvironment, loadConfig } from '../config.js';
import {
  CLI_MAIN,
  createFaultWorld,
  keyOf,
  mutate,
  registrationBody,
  signIn,
  type FaultWorld,
} from '../faults/fault-harness.test-support.js';
import { startServer } from '../server.js';
import type { CliIo } from './command.js';
import { runCli } from './run.js';

// The restore drill of docs/operations.md ("Backups"), as an operator runs it on SQLite: the
// commune registers petitions, the nightly backup runs, the day goes on (more registrations, then
// a mistaken change), the server is stopped, the backup restored — and the data is what it was
// at the backup. Then the scheduled script of deploy/backup with its retention.

const BACKUP_SCRIPT = fileURLToPath(
  new URL('../../../../deploy/backup/doithoai-backup.sh', import.meta.url),
);

function io(): CliIo & { lines: string[]; errors: string[] } {
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

async function cli(argv: string[], databaseUrl: string) {
  const recorded = io();
  const code = await runCli(argv, {
    io: recorded,
    databaseUrl,
    password: undefined,
    now: () => new Date('2026-12-07T18:30:00Z'),
  });
  return { code, ...recorded };
}

/** Registers petitions `from`…`to - 1` through the running server, as the Party office does. */
async function registerThrough(world: FaultWorld, from: number, to: number): Promise<void> {
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: world.dbPath, DEMO_DATA: '0' }),
  );
  try {
    const cookie = await signIn(server.url, world.username);
    for (let n = from; n < to; n += 1) {
      const reply = await mutate(
        server.url,
        cookie,
        'petitions.register',
        registrationBody(world, n),
        {
          'idempotency-key': keyOf(n),
        },
      );
      expect(reply.status).toBe(200);
    }
  } finally {
    await server.close();
  }
}

function petitions(dbPath: string): { key: string; content: string }[] {
  const db = new SQLite(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        "select idempotency_key as key, content from petitions where idempotency_key like 'thon-01-%' order by idempotency_key",
      )
      .all() as { key: string; content: string }[];
  } finally {
    db.close();
  }
}

describe('the backup and restore drill on SQLite', () => {
  let world: FaultWorld;
  let backups: string;

  beforeAll(async () => {
    world = await createFaultWorld();
    backups = mkdtempSync(join(tmpdir(), 'doithoai-drill-'));
  });
  afterAll(() => {
    world?.remove();
    rmSync(backups, { recursive: true, force: true });
  });

  it('backs up, lets the day change the data, restores, and gets the data back as it was', async () => {
    await registerThrough(world, 0, 5);
    const atBackup = petitions(world.dbPath);
    expect(atBackup).toHaveLength(5);

    const file = join(backups, 'doithoai-2026-12-07.db');
    const backup = await cli(['backup', file], world.dbPath);
    expect(backup.errors).toEqual([]);
    expect(backup.code).toBe(0);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');

    // The day goes on: three more registrations, then a mistaken mass change by hand.
    await registerThrough(world, 5, 8);
    const db = new SQLite(world.dbPath);
    db.prepare(
      "update petitions set content = 'SỬA NHẦM' where idempotency_key like 'thon-01-%'",
    ).run();
    db.close();
    expect(petitions(world.dbPath).every((p) => p.content === 'SỬA NHẦM')).toBe(true);
    expect(petitions(world.dbPath)).toHaveLength(8);

    // Server stopped (registerThrough closed it): restore.
    const restored = await cli(['restore', file], world.dbPath);
    expect(restored.errors).toEqual([]);
    expect(restored.code).toBe(0);
    expect(petitions(world.dbPath)).toEqual(atBackup);

    // And the server starts on the restored file, ready.
    const server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: world.dbPath, DEMO_DATA: '0' }),
    );
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('the scheduled script backs up with 0600 and deletes only its own backups past retention', () => {
    const old = join(backups, 'doithoai-2026-10-01T013000Z.db');
    writeFileSync(old, 'bản cũ');
    const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(old, fortyDaysAgo, fortyDaysAgo);
    const foreign = join(backups, 'ghi-chu-cua-can-bo.txt');
    writeFileSync(foreign, 'không phải bản sao lưu');
    utimesSync(foreign, fortyDaysAgo, fortyDaysAgo);
    const before = new Set(readdirSync(backups));

    const run = spawnSync('sh', [BACKUP_SCRIPT], {
      env: childEnvironment({
        DATABASE_URL: world.dbPath,
        BACKUP_DIR: backups,
        RETENTION_DAYS: '30',
        DOITHOAI_CLI: `${process.execPath} ${CLI_MAIN}`,
      }),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Đã xóa bản sao lưu cũ: .*doithoai-2026-10-01T013000Z\.db/u);
    const created = readdirSync(backups).filter((name) => !before.has(name));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^doithoai-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/u);
    expect(
      (statSync(join(backups, present(created[0], 'the backup file'))).mode & 0o777).toString(8),
    ).toBe('600');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
  });
});
