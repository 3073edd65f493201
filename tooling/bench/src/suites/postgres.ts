import { randomBytes } from 'node:crypto';
import { createDatabase, migrateToLatest } from '@doithoai/db';
import pg from 'pg';
import { loadPostgresDataset } from '../data/dataset.js';
import { registrationBody, signIn } from '../data/session.js';
import { BENCH_NOW } from '../data/world.js';
import { assertClean, load, type LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { startServerChild, type ServerChild } from '../server/spawn-server.js';
import { fmt, type RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { startIntakeServer } from './intake-servers.js';
import { LIST_PATH } from './scaling.js';
import { present } from '@doithoai/domain/testing';

export const POSTGRES_URL = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL ÷ SQLite on the same endpoints (intake, the overdue list) with the same data (the
 * small dataset, loaded into a dedicated schema that is dropped afterwards), both durable
 * (PostgreSQL's default fsync; SQLite FULL). The PostgreSQL server itself is not pinned.
 */
export async function postgresVsSqlite(env: BenchEnv): Promise<RatioResult[]> {
  const ids = ['postgres/sqlite-intake', 'postgres/sqlite-list'];
  if (!(await reachable()))
    return ids.map((id) => ({
      id,
      title: 'PostgreSQL ÷ SQLite',
      target: { op: '>=', value: 0.5 },
      value: null,
      figures: [],
      notMeasured: `PostgreSQL at ${POSTGRES_URL} is not reachable (set PG_URL)`,
    }));
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  await admin(`create schema ${schema}`);
  let pgServer: ServerChild | null = null;
  const sqlite = await startIntakeServer(env, 'pg-vs-sqlite', 'FULL');
  try {
    const handle = createDatabase({ url: POSTGRES_URL, postgresSchema: schema, poolSize: 4 });
    try {
      await migrateToLatest(handle.db, { postgresSchema: schema });
      await loadPostgresDataset(handle.db, env.mode.small);
    } finally {
      await handle.close();
    }
    pgServer = await startServerChild(env.cpu, {
      databaseUrl: POSTGRES_URL,
      postgresSchema: schema,
      now: BENCH_NOW,
    });
    const targets = {
      sqlite: { url: sqlite.server.url, cookie: sqlite.cookie, body: sqlite.body },
      postgres: {
        url: pgServer.url,
        cookie: await signIn(pgServer.url),
        body: registrationBody(await firstVillageIdOnPostgres(schema)),
      },
    };
    const run = (which: 'sqlite' | 'postgres', endpoint: 'intake' | 'list') => async () => {
      const t = targets[which];
      return assertClean(
        await load({
          url: t.url,
          connections: env.mode.connections,
          durationSeconds: env.mode.seconds,
          request:
            endpoint === 'intake'
              ? {
                  method: 'POST',
                  path: '/trpc/petitions.register',
                  headers: { 'content-type': 'application/json', cookie: t.cookie },
                  body: t.body,
                }
              : { method: 'GET', path: LIST_PATH, headers: { cookie: t.cookie } },
        }),
        `${which} ${endpoint}`,
      );
    };
    const results: RatioResult[] = [];
    for (const endpoint of ['intake', 'list'] as const) {
      const samples = await interleave(env.mode.rounds, [
        { name: 'postgres', run: run('postgres', endpoint) },
        { name: 'sqlite', run: run('sqlite', endpoint) },
      ]);
      const rps = (s: LoadSample[]) => medianOf(s, (x) => x.rps);
      const line = (name: string, s: LoadSample[]) =>
        `${name}: median ${fmt(rps(s))} req/s (rounds: ${s.map((x) => fmt(x.rps, 0)).join(', ')}; p99 ${fmt(
          medianOf(s, (x) => x.p99),
          2,
        )} ms)`;
      results.push({
        id: `postgres/sqlite-${endpoint}`,
        title:
          endpoint === 'intake'
            ? 'petitions.register throughput on PostgreSQL ÷ on SQLite (FULL), same server code and data'
            : 'petitions.list (overdue, 50 rows) throughput on PostgreSQL ÷ on SQLite, same data',
        target: { op: '>=', value: 0.5 },
        value: rps(samples.postgres) / rps(samples.sqlite),
        figures: [line('PostgreSQL', samples.postgres), line('SQLite', samples.sqlite)],
      });
    }
    return results;
  } finally {
    await pgServer?.stop();
    await sqlite.server.stop();
    await admin(`drop schema ${schema} cascade`);
  }
}

async function firstVillageIdOnPostgres(schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const result = await client.query<{ id: string }>(
      `select id from ${schema}.villages where admin_unit_code = '20000' order by name limit 1`,
    );
    return present(result.rows[0], 'a village of commune 20000').id;
  } finally {
    await client.end();
  }
}
