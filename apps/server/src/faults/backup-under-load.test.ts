import { spawn } from 'node:child_process';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnvironment } from '../config.js';
import {
  CLI_MAIN,
  createFaultWorld,
  inParallel,
  keyOf,
  mutate,
  oracle,
  registrationBody,
  signIn,
  signedInClient,
  startServerProcess,
  type FaultWorld,
  type ServerProcess,
} from './fault-harness.test-support.js';

// `doithoai backup` while 50 clients keep registering, then `doithoai restore` of that backup
// into a new place and every stored petition read back through the restored server's API.

const CLIENTS = 50;

function cli(
  databaseUrl: string,
  args: string[],
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI_MAIN, ...args], {
    env: childEnvironment({ DATABASE_URL: databaseUrl }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

function rowsOf(dbPath: string): Map<string, { id: string; full_name: string; content: string }> {
  const db = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        "select idempotency_key as key, id, full_name, content from petitions where idempotency_key like 'thon-01-phieu-%'",
      )
      .all() as { key: string; id: string; full_name: string; content: string }[];
    return new Map(rows.map(({ key, ...row }) => [key, row]));
  } finally {
    db.close();
  }
}

describe('an online backup during a registration burst', () => {
  let world: FaultWorld;
  let server: ServerProcess;
  let cookie: string;
  beforeAll(async () => {
    world = await createFaultWorld();
    server = await startServerProcess(world.dbPath);
    cookie = await signIn(server.url, world.username);
  });
  afterAll(async () => {
    await server?.stop();
    world?.remove();
  });

  it('holds every form acknowledged before it started, restores, and reads back through the API', async () => {
    const acknowledged = new Map<string, string>();
    let next = 0;
    let loading = true;
    const load = inParallel(CLIENTS, async () => {
      const n = next++;
      const reply = await mutate(
        server.url,
        cookie,
        'petitions.register',
        registrationBody(world, n),
        {
          'idempotency-key': keyOf(n),
        },
      );
      const id = reply.body.result?.data?.id;
      if (reply.status === 200 && id) acknowledged.set(keyOf(n), id);
      return loading;
    });
    while (acknowledged.size < 150) await new Promise((resolve) => setTimeout(resolve, 50));

    const backupFile = join(world.dir, 'backups', 'doithoai-sao-luu.db');
    const ackedBeforeBackup = new Map(acknowledged);
    const backup = await cli(world.dbPath, ['backup', backupFile]);
    const ackedAfterBackup = acknowledged.size;
    loading = false;
    await load;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain('integrity_check: ok');
    console.log(
      `backup: ${ackedBeforeBackup.size} acknowledged when it started, ${ackedAfterBackup} when it ended, ${acknowledged.size} in all`,
    );

    // The backup: sound, no duplicate, everything acknowledged before it began, nothing invented.
    const inBackup = rowsOf(backupFile);
    const report = oracle(backupFile, ackedBeforeBackup);
    expect(report).toMatchObject({ integrity: ['ok'], lost: [], unaudited: 0 });
    expect(report.distinctKeys).toBe(report.stored);
    for (const [key, row] of inBackup) expect(acknowledged.get(key) ?? row.id).toBe(row.id);

    // The live database kept everything acknowledged.
    await server.stop();
    expect(oracle(world.dbPath, acknowledged)).toMatchObject({ integrity: ['ok'], lost: [] });

    // Restore into a new place, start a server on it, read every petition back.
    const restoredPath = join(world.dir, 'restored', 'doithoai.db');
    const restore = await cli(restoredPath, ['restore', backupFile]);
    expect(restore.code, restore.output).toBe(0);
    server = await startServerProcess(restoredPath);
    cookie = await signIn(server.url, world.username);
    const office = signedInClient(server.url, cookie);
    const mismatches: string[] = [];
    const entries = [...inBackup];
    await inParallel(10, async () => {
      const entry = entries.pop();
      if (!entry) return false;
      const [key, row] = entry;
      // What was stored is read through the apps' typed client (this check is not about HTTP).
      const petition = await office.petitions.get
        .query({ id: row.id })
        .then((view) => view.petition)
        .catch((error: unknown) => `${String(error)}`);
      if (
        typeof petition === 'string' ||
        petition.fullName !== row.full_name ||
        petition.content !== row.content
      )
        mismatches.push(`${key}: ${typeof petition === 'string' ? petition : 'differs'}`);
      return true;
    });
    expect(mismatches).toEqual([]);
  }, 600_000);
});
