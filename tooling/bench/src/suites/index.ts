import type { RatioResult } from '../report.js';
import { backupInterference } from './backup.js';
import { deadlines } from './deadlines.js';
import { durability } from './durability.js';
import type { BenchEnv } from './env.js';
import { httpOverhead } from './http-overhead.js';
import { kyselyVsRaw } from './kysely-vs-raw.js';
import { postgresVsSqlite } from './postgres.js';
import { renderInterference } from './render.js';
import { scaling } from './scaling.js';

export interface Suite {
  name: string;
  /** The ratios it produces (reported as not measured if the suite fails). */
  ids: string[];
  run(env: BenchEnv): Promise<RatioResult[]>;
}

/** Every suite, in the order they run. */
export const SUITES: readonly Suite[] = [
  {
    name: 'http-overhead',
    ids: ['trpc-intake/bare-hono', 'trpc-hello/bare-hono'],
    run: httpOverhead,
  },
  { name: 'kysely-vs-raw', ids: ['kysely-intake/raw-sqlite'], run: kyselyVsRaw },
  {
    name: 'durability',
    ids: ['durable-intake/fast-intake', 'durable-intake/province-burst'],
    run: durability,
  },
  {
    name: 'scaling',
    ids: ['list-p95/large-vs-small', 'dashboard-p95/large-vs-small', 'list-statements/50-vs-1'],
    run: scaling,
  },
  { name: 'deadlines', ids: ['list-computed-deadlines/stored'], run: deadlines },
  {
    name: 'postgres',
    ids: ['postgres/sqlite-intake', 'postgres/sqlite-list'],
    run: postgresVsSqlite,
  },
  { name: 'backup', ids: ['intake-p99/backup-vs-idle'], run: backupInterference },
  { name: 'render', ids: ['intake-p99/render-vs-idle'], run: renderInterference },
];
