import type { Hono } from 'hono';

// Time spent inside the server on one path (from Hono's first middleware to the response),
// kept per measured round: a server-side p99 next to the client's, so that a slow or starved
// load generator can be told apart from a slow server. `GET /bench/latency` answers the
// round's count and percentiles in milliseconds and starts a new round.

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Mounts the probe for `path` (before the routes it times). @example mountLatencyProbe(app, '/trpc/petitions.register'); */
export function mountLatencyProbe(app: Hono, path: string): void {
  let times: number[] = [];
  app.use(path, async (_c, next) => {
    const started = performance.now();
    await next();
    times.push(performance.now() - started);
  });
  app.get('/bench/latency', (c) => {
    const sorted = times.sort((a, b) => a - b);
    times = [];
    return c.json({
      count: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    });
  });
}
