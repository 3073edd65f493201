// A log line per request (issue 20: a 400, 401, 403 or 404 wrote nothing): method, path,
// status, duration and the request id, which is also sent back as `X-Request-Id` and carried
// into the audit rows the request writes (docs/operations.md, "Logs").
import { randomUUID } from 'node:crypto';
import { withRequestId } from '@doithoai/db';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logging/logger.js';

/** What a proxy's id may look like (nginx `$request_id`: 32 hex digits; a UUID). */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,64}$/u;

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by `requestLog` on every request. */
    requestId: string;
  }
}

/**
 * Gives each request its id — the reverse proxy's `X-Request-Id` when the proxy is trusted and
 * the id well-formed, else a new UUID — and logs one line when the answer is ready.
 *
 * @example app.use('*', requestLog(logger, { trustProxy: false }))
 */
export function requestLog(logger: Logger, options: { trustProxy: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const forwarded = options.trustProxy ? c.req.header('x-request-id') : undefined;
    const requestId = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
    c.set('requestId', requestId);
    try {
      // Every audit row the request writes carries its id (packages/db/src/request-scope.ts).
      await withRequestId(requestId, next);
    } finally {
      c.header('x-request-id', requestId);
      logger.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        requestId,
      });
    }
  };
}
