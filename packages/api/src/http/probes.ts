// The two probes (docs/operations.md, "Monitoring"): `/healthz` says the process is up and
// answering (liveness: restart it if not), `/readyz` that it can serve — the database answers
// (readiness: send it traffic; a PostgreSQL restart makes it 503 for a while, not the process
// dead). A monitor or a load balancer reads the status code.
import { sql } from 'kysely';
import type { Hono } from 'hono';
import type { ApiDependencies } from '../context.js';
import { unavailableStorage } from '../errors.js';
import { logUnexpectedError } from './error-log.js';

/** How long `/readyz` waits for the database before calling it unavailable. */
const READY_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('readiness timeout'), { code: 'ETIMEDOUT' })),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** @example probeRoutes(app, deps) // GET /healthz, GET /readyz */
export function probeRoutes(app: Hono, deps: Pick<ApiDependencies, 'db' | 'dialect'>): void {
  app.get('/healthz', (c) => c.json({ status: 'ok', database: deps.dialect }));
  app.get('/readyz', async (c) => {
    const started = performance.now();
    try {
      await withTimeout(sql`select 1`.execute(deps.db), READY_TIMEOUT_MS);
      return c.json({
        status: 'ready',
        database: deps.dialect,
        databaseMs: Math.round((performance.now() - started) * 10) / 10,
      });
    } catch (error) {
      if (!unavailableStorage(error)) logUnexpectedError('readyz', error);
      c.header('retry-after', '5');
      return c.json(
        {
          status: 'unavailable',
          database: deps.dialect,
          message: 'Không truy cập được cơ sở dữ liệu.',
        },
        503,
      );
    }
  });
}
