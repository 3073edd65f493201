import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@doithoai/api/server';
import { createDatabase, migrateToLatest, type Database } from '@doithoai/db';
import type { Database as SQLiteDatabase, Statement as SQLiteStatement } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { petitionRows, taskRows, type Row } from './petition-rows.js';
import { BENCH_ACCOUNT, buildWorld, type World } from './world.js';
import { present } from '@doithoai/domain/testing';

/** How much history: `communes × years × perCommuneYear` petitions. */
export interface DatasetSpec {
  communes: number;
  years: readonly number[];
  perCommuneYear: number;
  tasksPerCommuneYear: number;
}

export const petitionCount = (spec: DatasetSpec) =>
  spec.communes * spec.years.length * spec.perCommuneYear;

/** Bump when the generated rows change, so a stale cached file is never reused. */
const GENERATOR_VERSION = 2;

/** The migrations a fresh database gets: the cache key follows the schema. */
async function schemaVersion(): Promise<string> {
  const handle = createDatabase({ url: ':memory:' });
  try {
    const result = await migrateToLatest(handle.db);
    const names = (result.results ?? []).map((r) => r.migrationName).join(',');
    return createHash('sha256').update(`${names}|${GENERATOR_VERSION}`).digest('hex').slice(0, 12);
  } finally {
    await handle.close();
  }
}

async function fillWorld(db: Kysely<Database>, spec: DatasetSpec): Promise<World> {
  return buildWorld(db, {
    communes: spec.communes,
    years: spec.years,
    passwordHash: await hashPassword(BENCH_ACCOUNT.password),
  });
}

function* everyRow(world: World, spec: DatasetSpec, what: 'petitions' | 'tasks'): Generator<Row> {
  const counter = { next: 0 };
  for (const commune of world.communes)
    for (const year of spec.years)
      yield* what === 'petitions'
        ? petitionRows(
            commune,
            year,
            spec.perCommuneYear,
            counter,
            commune.index === 0 ? world.accountId : null,
          )
        : taskRows(commune, year, spec.tasksPerCommuneYear);
}

/**
 * Writes rows with one raw prepared statement in transactions of 50,000 rows: the fastest way
 * SQLite takes a million rows with every constraint and index of the real schema in place.
 */
function insertRawSqlite(sqlite: SQLiteDatabase, table: string, rows: Iterable<Row>) {
  let statement: SQLiteStatement | null = null;
  let batch: Row[] = [];
  const flush = sqlite.transaction((items: Row[]) => {
    if (!statement) return;
    for (const item of items) statement.run(item);
  });
  for (const row of rows) {
    statement ??= sqlite.prepare(
      `insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row)
        .map((c) => `@${c}`)
        .join(', ')})`,
    );
    batch.push(row);
    if (batch.length === 50_000) {
      flush(batch);
      batch = [];
    }
  }
  if (batch.length) flush(batch);
}

/**
 * A generated SQLite database of `spec`'s size, migrated with the real migrations, cached under
 * the temp folder keyed by schema version (a second run reuses it; a new migration regenerates).
 * Returns the cached file's path; callers that write copy it first (`copyDataset`).
 *
 * @example const file = await sqliteDataset({ communes: 10, years: [2025, 2026], perCommuneYear: 500, tasksPerCommuneYear: 10 }, log);
 */
export async function sqliteDataset(
  spec: DatasetSpec,
  log: (line: string) => void,
): Promise<string> {
  const folder = join(tmpdir(), `doithoai-bench-${await schemaVersion()}`);
  mkdirSync(folder, { recursive: true });
  const name = `petitions-${spec.communes}x${spec.years.join('_')}x${spec.perCommuneYear}.db`;
  const file = join(folder, name);
  if (existsSync(file)) {
    log(`dataset ${name}: cached (${file})`);
    return file;
  }
  const started = performance.now();
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const handle = createDatabase({ url: partial, sqliteSynchronous: 'NORMAL' });
  try {
    await migrateToLatest(handle.db);
    const sqlite = present(handle.sqlite, 'the SQLite connection of the dataset');
    // Generation only: a crash just means regenerating, so no journal and no fsync.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    const world = await fillWorld(handle.db, spec);
    insertRawSqlite(sqlite, 'petitions', everyRow(world, spec, 'petitions'));
    insertRawSqlite(sqlite, 'follow_up_tasks', everyRow(world, spec, 'tasks'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await handle.close();
  }
  renameSync(partial, file);
  log(
    `dataset ${name}: generated ${petitionCount(spec)} petitions in ${((performance.now() - started) / 1000).toFixed(1)} s (${file})`,
  );
  return file;
}

/** A private, writable copy of a cached dataset in `folder`. @example const db = copyDataset(file, dir, 'intake-a') */
export function copyDataset(file: string, folder: string, name: string): string {
  const target = join(folder, `${name}.db`);
  copyFileSync(file, target);
  return target;
}

/**
 * The same dataset in a PostgreSQL schema (multi-row inserts of 500 through Kysely).
 *
 * @example await loadPostgresDataset(handle.db, spec);
 */
export async function loadPostgresDataset(db: Kysely<Database>, spec: DatasetSpec): Promise<void> {
  const world = await fillWorld(db, spec);
  for (const table of ['petitions', 'follow_up_tasks'] as const) {
    let batch: Row[] = [];
    for (const row of everyRow(world, spec, table === 'petitions' ? 'petitions' : 'tasks')) {
      batch.push(row);
      if (batch.length === 500) {
        await db
          .insertInto(table)
          .values(batch as never)
          .execute();
        batch = [];
      }
    }
    if (batch.length)
      await db
        .insertInto(table)
        .values(batch as never)
        .execute();
  }
}
