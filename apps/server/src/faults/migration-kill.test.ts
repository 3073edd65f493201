import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnvironment } from '../config.js';
import { createFaultWorld, type FaultWorld } from './fault-harness.test-support.js';

// A migration killed midway (power cut, OOM killer, an impatient operator) must leave the old
// schema or the new one, never half. The child runs the very `migrateToLatest` that
// `doithoai migrate` and the server run, with one extra, test-only migration appended: it
// changes the schema, says HALFWAY, then waits — and is killed with SIGKILL right there.

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const SLOW_MIGRATION = '9999_12_31_fault_suite_slow_migration';

const CHILD = `
import { createDatabase, migrateToLatest } from '@doithoai/db';
const handle = createDatabase({ url: process.env.DATABASE_URL });
const wait = process.env.FAULT_WAIT === '1';
await migrateToLatest(handle.db, {
  extraMigrations: {
    '${SLOW_MIGRATION}': {
      async up(db) {
        await db.schema.createTable('fault_probe').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
        await db.schema.alterTable('petitions').addColumn('fault_probe_note', 'text').execute();
        await db.insertInto('fault_probe').values({ id: 1 }).execute();
        process.stdout.write('HALFWAY\\n');
        if (wait) await new Promise((resolve) => setTimeout(resolve, 120000));
        await db.schema.createIndex('fault_probe_note_idx').on('petitions').column('fault_probe_note').execute();
      },
    },
  },
});
await handle.close();
process.stdout.write('DONE\\n');
`;

function runMigration(dbPath: string, wait: boolean) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: SERVER_DIR,
    env: childEnvironment({ DATABASE_URL: dbPath, FAULT_WAIT: wait ? '1' : '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const halfway = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.includes('HALFWAY') && resolve());
    void exit.then(() => reject(new Error(`the migration exited before HALFWAY:\n${output}`)));
  });
  return { child, exit, halfway, output: () => output };
}

/** The whole schema as SQLite stores it, plus the migrations recorded as run. */
function schemaOf(dbPath: string) {
  const db = new SQLite(dbPath, { fileMustExist: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      objects: db
        .prepare(
          "select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name",
        )
        .all(),
      migrations: (
        db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
      ).map((row) => row.name),
    };
  } finally {
    db.close();
  }
}

describe('a migration killed with SIGKILL midway', () => {
  let world: FaultWorld;
  beforeAll(async () => {
    world = await createFaultWorld();
  });
  afterAll(() => world?.remove());

  it('leaves exactly the old schema; run again, it applies the whole new one', async () => {
    const before = schemaOf(world.dbPath);
    expect(before.migrations).not.toContain(SLOW_MIGRATION);

    const killed = runMigration(world.dbPath, true);
    await killed.halfway;
    killed.child.kill('SIGKILL');
    expect(await killed.exit).toBe('SIGKILL');

    // Half of the migration had run (a table, a column, a row): none of it is left.
    expect(schemaOf(world.dbPath)).toEqual(before);

    const completed = runMigration(world.dbPath, false);
    expect(await completed.exit, completed.output()).toBe(0);
    const after = schemaOf(world.dbPath);
    expect(after.integrity).toBe('ok');
    expect(after.migrations).toEqual([...before.migrations, SLOW_MIGRATION]);
    const names = after.objects.map((o) => (o as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(['fault_probe', 'fault_probe_note_idx']));
  });
});
