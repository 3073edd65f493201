import { createApiApp } from '@doithoai/api/http';
import { createCalendarProvider } from '@doithoai/api/server';
import type { Database } from '@doithoai/db';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { copyDataset, petitionCount } from '../data/dataset.js';
import { BENCH_ACCOUNT, BENCH_NOW, CURRENT_YEAR } from '../data/world.js';
import { signIn } from '../data/session.js';
import { load, assertClean, type LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { startServerChild, type ServerChild } from '../server/spawn-server.js';
import { fmt, type RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { present } from '@doithoai/domain/testing';

/** The office's overdue list: written answers owed and overdue, 50 a page. */
export const overdueListInput = (limit: number) => ({
  statuses: ['awaiting-written-answer', 'answer-drafted', 'answer-approved'],
  deadline: 'overdue',
  limit,
});
const query = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
export const LIST_PATH = query('petitions.list', overdueListInput(50));
export const DASHBOARD_PATH = query('reports.dashboard', { year: CURRENT_YEAR });

interface Target {
  server: ServerChild;
  cookie: string;
}

async function latencyRound(env: BenchEnv, target: Target, path: string): Promise<LoadSample> {
  return assertClean(
    await load({
      url: target.server.url,
      connections: 1,
      durationSeconds: env.mode.seconds,
      request: { method: 'GET', path, headers: { cookie: target.cookie } },
    }),
    path,
  );
}

async function pageSize(target: Target): Promise<number> {
  const response = await fetch(`${target.server.url}${LIST_PATH}`, {
    headers: { cookie: target.cookie },
  });
  const body = (await response.json()) as { result: { data: { items: unknown[] } } };
  return body.result.data.items.length;
}

/**
 * SQL statements one `petitions.list` request runs, counted with Kysely's `log` hook on the real
 * API app (in-process): a page of 50 against a page of 1 shows whether anything runs per row.
 */
async function statementsPerPage(file: string): Promise<{ one: number; fifty: number }> {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  let count = 0;
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') count += 1;
    },
  });
  try {
    const fixed = new Date(BENCH_NOW);
    const app = createApiApp({
      db,
      dialect: 'sqlite',
      now: () => fixed,
      calendars: createCalendarProvider(),
      secureCookies: false,
    });
    const login = await app.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_ACCOUNT),
    });
    const cookie = present(
      /doithoai_session=[^;]+/.exec(login.headers.get('set-cookie') ?? ''),
      'the session cookie',
    )[0];
    const countFor = async (limit: number) => {
      // Warm the calendar cache first, so both counts see the same cached state.
      await app.request(query('petitions.list', overdueListInput(limit)), { headers: { cookie } });
      count = 0;
      const response = await app.request(query('petitions.list', overdueListInput(limit)), {
        headers: { cookie },
      });
      const body = (await response.json()) as { result: { data: { items: unknown[] } } };
      if (body.result.data.items.length !== limit)
        throw new Error(`expected a page of ${limit}, got ${body.result.data.items.length}`);
      return count;
    };
    return { one: await countFor(1), fifty: await countFor(50) };
  } finally {
    await db.destroy();
    if (sqlite.open) sqlite.close();
  }
}

/**
 * p95 of the overdue list and of the dashboard with a large history ÷ with a small one: two
 * servers, one per dataset, measured in interleaved rounds of sequential requests (one
 * connection, so the percentile is the query's, not a queue's). Then statements per page.
 */
export async function scaling(env: BenchEnv): Promise<RatioResult[]> {
  const smallFile = copyDataset(await env.smallDataset(), env.workDir, 'scaling-small');
  const largeFile = await env.largeDataset();
  const small = await startServerChild(env.cpu, { databaseUrl: smallFile, now: BENCH_NOW });
  const large = await startServerChild(env.cpu, { databaseUrl: largeFile, now: BENCH_NOW });
  const nSmall = petitionCount(env.mode.small);
  const nLarge = petitionCount(env.mode.large);
  try {
    const targets = {
      small: { server: small, cookie: await signIn(small.url) },
      large: { server: large, cookie: await signIn(large.url) },
    };
    const rows = { small: await pageSize(targets.small), large: await pageSize(targets.large) };
    const results: RatioResult[] = [];
    for (const [id, path, what] of [
      ['list-p95/large-vs-small', LIST_PATH, 'petitions.list (overdue written answers, 50 rows)'],
      ['dashboard-p95/large-vs-small', DASHBOARD_PATH, `reports.dashboard (year ${CURRENT_YEAR})`],
    ] as const) {
      const samples = await interleave(env.mode.rounds, [
        { name: 'large', run: () => latencyRound(env, targets.large, path) },
        { name: 'small', run: () => latencyRound(env, targets.small, path) },
      ]);
      const p95 = (s: LoadSample[]) => medianOf(s, (x) => x.p95);
      const line = (n: number, s: LoadSample[]) =>
        `${n.toLocaleString('en')} petitions: p95 ${fmt(p95(s), 2)} ms (rounds: ${s.map((x) => fmt(x.p95, 2)).join(', ')}; p50 ${fmt(
          medianOf(s, (x) => x.p50),
          2,
        )} ms)`;
      results.push({
        id,
        title: `p95 of ${what} at ${nLarge.toLocaleString('en')} petitions ÷ at ${nSmall.toLocaleString('en')} (first commune's government office; sequential requests on one connection for ${env.mode.seconds} s a round)`,
        target: { op: '<=', value: 2 },
        value: p95(samples.large) / p95(samples.small),
        figures: [
          line(nLarge, samples.large),
          line(nSmall, samples.small),
          ...(path === LIST_PATH
            ? [`rows on the page: ${rows.large} (large), ${rows.small} (small)`]
            : []),
        ],
      });
    }
    const statements = await statementsPerPage(smallFile);
    results.push({
      id: 'list-statements/50-vs-1',
      title:
        'SQL statements one petitions.list request runs for a page of 50 ÷ for a page of 1 (Kysely log hook; session, page and answers included)',
      target: { op: '<=', value: 1.2 },
      value: statements.fifty / statements.one,
      figures: [
        `page of 50: ${statements.fifty} statements`,
        `page of 1: ${statements.one} statements`,
      ],
    });
    return results;
  } finally {
    await small.stop();
    await large.stop();
  }
}
