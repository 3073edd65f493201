import { createApiApp } from '@doithoai/api/http';
import { createCalendarProvider } from '@doithoai/api/server';
import { createDatabase } from '@doithoai/db';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mountBareRoutes } from './bare-routes.js';
import { mountLatencyProbe } from './latency-probe.js';
import { mountRenderRoutes } from './render-routes.js';

// A benchmark server, started as a child process (pinned to its own core by the parent): the
// real API app (`createApiApp`, as apps/server mounts it) plus the bare Hono baselines, over a
// database the parent prepared. Its configuration is one JSON argument; it prints one JSON line
// `{"port":…}` once listening, and stops on SIGTERM.

export interface BenchServerConfig {
  databaseUrl: string;
  postgresSchema?: string;
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  /** The fixed clock (ISO instant): the generated data's "today". */
  now: string;
}

const config = JSON.parse(process.argv[2] ?? '{}') as BenchServerConfig;
const handle = createDatabase({
  url: config.databaseUrl,
  ...(config.postgresSchema ? { postgresSchema: config.postgresSchema } : {}),
  ...(config.sqliteSynchronous ? { sqliteSynchronous: config.sqliteSynchronous } : {}),
});
// Diagnosis only (BENCHMARKS.md, backup): `BENCH_WAL_AUTOCHECKPOINT=0` turns SQLite's automatic
// checkpoint off in this server, to see whether checkpoints on the request path cause the
// latency seen during backups.
if (handle.sqlite && process.env.BENCH_WAL_AUTOCHECKPOINT !== undefined)
  handle.sqlite.pragma(`wal_autocheckpoint = ${Number(process.env.BENCH_WAL_AUTOCHECKPOINT)}`);
const fixed = new Date(config.now);
const now = () => fixed;
const calendars = createCalendarProvider();
const api = createApiApp({
  db: handle.db,
  dialect: handle.dialect,
  now,
  calendars,
  secureCookies: false,
});
const app = new Hono();
mountLatencyProbe(app, '/trpc/petitions.register');
mountBareRoutes(app, { db: handle.db, now, calendars });
mountRenderRoutes(app);
app.route('/', api);

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void handle.close().finally(() => process.exit(0));
});
