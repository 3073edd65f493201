// `/metrics` in Prometheus's text format (issue 20, "Observability"): requests and their latency
// per procedure, server errors, the document queues, the database pool, process memory. Written
// here rather than with prom-client: a few counters and one histogram in the text format are
// less code than wiring a registry, and every label value is bounded (procedure names come from
// the router, other paths fall into a few groups), so no client can grow the series.
import { PROCEDURE_NAMES, sharedDocumentQueues } from '@doithoai/api/http';
import type { DatabaseHandle } from '@doithoai/db';
import type { Context, MiddlewareHandler } from 'hono';

/** Latency buckets (seconds): a registration takes milliseconds, a PDF seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What a request is counted under: its procedure, or a bounded group for everything else. */
export function routeLabel(path: string): string {
  if (path.startsWith('/trpc/')) {
    const names = path.slice('/trpc/'.length).split(',');
    if (names.length > 1) return 'trpc:batch';
    const [name] = names;
    return name !== undefined && PROCEDURE_NAMES.has(name) ? name : 'trpc:unknown';
  }
  if (path.startsWith('/documents/')) return 'documents';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path.slice(1);
  return 'static';
}

export interface OutboxLag {
  undelivered: number;
  lagSeconds: number;
}

/**
 * The notification outbox's backlog (issue 15's dispatcher): how many messages wait and how long
 * the oldest has waited. Null when the database does not answer (the scrape still succeeds).
 */
async function outboxLag(handle: Pick<DatabaseHandle, 'db'>, now: Date): Promise<OutboxLag | null> {
  try {
    const row = await handle.db
      .selectFrom('notification_outbox')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.min('created_at').as('oldest'),
      ])
      .where('status', 'in', ['pending', 'sending', 'failed'])
      .executeTakeFirst();
    const oldest = row?.oldest ? Date.parse(row.oldest) : NaN;
    return {
      undelivered: Number(row?.n ?? 0),
      lagSeconds: Number.isNaN(oldest) ? 0 : Math.max(0, (now.getTime() - oldest) / 1000),
    };
  } catch {
    return null;
  }
}

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

const escape = (value: string) => value.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"');

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Series>();
  private readonly errors = new Map<string, number>();
  private inFlight = 0;

  /** Counts one answered request. */
  observe(route: string, method: string, status: number, seconds: number): void {
    const key = `${route}\u0000${method}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const series = this.latency.get(route) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
    series.count += 1;
    series.sum += seconds;
    series.buckets = BUCKETS.map(
      (bound, i) => (series.buckets[i] ?? 0) + (seconds <= bound ? 1 : 0),
    );
    this.latency.set(route, series);
    if (status >= 500) this.errors.set(route, (this.errors.get(route) ?? 0) + 1);
  }

  /** The middleware that feeds `observe`. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const started = performance.now();
      this.inFlight += 1;
      try {
        await next();
      } finally {
        this.inFlight -= 1;
        const route = routeLabel(c.req.path);
        this.observe(route, c.req.method, c.res.status, (performance.now() - started) / 1000);
      }
    };
  }

  /** The exposition text; `outbox` is null when the database did not answer. */
  render(
    handle: Pick<DatabaseHandle, 'dialect' | 'poolStats'>,
    outbox: OutboxLag | null = null,
  ): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) =>
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);

    family(
      'doithoai_http_requests_total',
      'counter',
      'Requests answered, by procedure or route, method and status.',
    );
    for (const [key, value] of this.requests) {
      const [route = '', method, status] = key.split('\u0000');
      lines.push(
        `doithoai_http_requests_total{route="${escape(route)}",method="${method}",status="${status}"} ${value}`,
      );
    }
    family(
      'doithoai_http_request_duration_seconds',
      'histogram',
      'Time to answer, by procedure or route.',
    );
    for (const [route, series] of this.latency) {
      const label = `route="${escape(route)}"`;
      BUCKETS.forEach((bound, i) =>
        lines.push(
          `doithoai_http_request_duration_seconds_bucket{${label},le="${bound}"} ${series.buckets[i]}`,
        ),
      );
      lines.push(
        `doithoai_http_request_duration_seconds_bucket{${label},le="+Inf"} ${series.count}`,
      );
      lines.push(`doithoai_http_request_duration_seconds_sum{${label}} ${series.sum}`);
      lines.push(`doithoai_http_request_duration_seconds_count{${label}} ${series.count}`);
    }
    family(
      'doithoai_http_server_errors_total',
      'counter',
      'Answers with a 5xx status, by procedure or route.',
    );
    for (const [route, value] of this.errors) {
      lines.push(`doithoai_http_server_errors_total{route="${escape(route)}"} ${value}`);
    }
    family('doithoai_http_requests_in_flight', 'gauge', 'Requests being answered now.');
    lines.push(`doithoai_http_requests_in_flight ${this.inFlight}`);

    const queues = sharedDocumentQueues() ?? {
      build: { running: 0, waiting: 0 },
      pdf: { running: 0, waiting: 0 },
    };
    family(
      'doithoai_document_queue_running',
      'gauge',
      'Documents being built (build) or converted to PDF (pdf).',
    );
    for (const [queue, size] of Object.entries(queues)) {
      lines.push(`doithoai_document_queue_running{queue="${queue}"} ${size.running}`);
    }
    family(
      'doithoai_document_queue_waiting',
      'gauge',
      'Documents waiting in the queue (refused with 503 when full).',
    );
    for (const [queue, size] of Object.entries(queues)) {
      lines.push(`doithoai_document_queue_waiting{queue="${queue}"} ${size.waiting}`);
    }

    const pool = handle.poolStats?.();
    if (pool) {
      family(
        'doithoai_db_pool_connections',
        'gauge',
        'PostgreSQL connections of the pool, by state.',
      );
      lines.push(`doithoai_db_pool_connections{state="idle"} ${pool.idle}`);
      lines.push(`doithoai_db_pool_connections{state="busy"} ${pool.total - pool.idle}`);
      family('doithoai_db_pool_waiting', 'gauge', 'Queries waiting for a PostgreSQL connection.');
      lines.push(`doithoai_db_pool_waiting ${pool.waiting}`);
    }
    if (outbox) {
      family(
        'doithoai_notification_outbox_undelivered',
        'gauge',
        'Notifications not delivered yet (pending, being sent, or to be retried).',
      );
      lines.push(`doithoai_notification_outbox_undelivered ${outbox.undelivered}`);
      family(
        'doithoai_notification_outbox_lag_seconds',
        'gauge',
        'Age of the oldest undelivered notification (0 when none).',
      );
      lines.push(`doithoai_notification_outbox_lag_seconds ${outbox.lagSeconds}`);
    }
    family(
      'doithoai_process_resident_memory_bytes',
      'gauge',
      'Resident memory of the server process.',
    );
    lines.push(`doithoai_process_resident_memory_bytes ${process.memoryUsage.rss()}`);
    family('doithoai_info', 'gauge', 'The database dialect the server runs on.');
    lines.push(`doithoai_info{database="${handle.dialect}"} 1`);
    return `${lines.join('\n')}\n`;
  }

  /** `GET /metrics`. */
  handler(handle: Pick<DatabaseHandle, 'db' | 'dialect' | 'poolStats'>, now: () => Date) {
    return async (c: Context) =>
      c.body(this.render(handle, await outboxLag(handle, now())), 200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'cache-control': 'no-store',
      });
  }
}
