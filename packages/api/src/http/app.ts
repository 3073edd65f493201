import { trpcServer } from '@hono/trpc-server';
import { domainError, type DomainError } from '@doithoai/domain';
import type { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { Hono, type Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { generateCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { buildContext, type ApiDependencies } from '../context.js';
import { appRouter } from '../root.js';
import { batchRefusalOf } from './batch-guard.js';
import { documentRoutes } from './documents.js';
import { logUnexpectedError } from './error-log.js';
import { probeRoutes } from './probes.js';
import { sessionUserOf } from './session-user.js';
import { noStore, securityHeaders } from './security-headers.js';
import { STORAGE_RETRY_AFTER_SECONDS, unavailableStorage, type ApiErrorData } from '../errors.js';
import { z } from 'zod';

export interface HttpOptions {
  /** The client's address (the node server reads the socket; tests pass their own). */
  clientIp?: (c: HonoContext) => string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

/** How the HTTP layer's refusals travel: tRPC's code for each status they use. */
const TRPC_CODE_OF_STATUS = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
} as const satisfies Record<number, TRPC_ERROR_CODE_KEY>;

/**
 * A refusal before any procedure runs, in the procedures' own error shape (`ApiErrorData`), so a
 * client reads it as it reads any other: the domain's code and its Vietnamese message.
 */
function trpcError(
  c: HonoContext,
  status: keyof typeof TRPC_CODE_OF_STATUS,
  refusal: Pick<DomainError, 'code' | 'message'>,
) {
  const data: ApiErrorData = {
    code: TRPC_CODE_OF_STATUS[status],
    httpStatus: status,
    domainCode: refusal.code,
    fieldErrors: null,
    details: null,
  };
  return c.json({ error: { message: refusal.message, code: -32600, data } }, status);
}

/** The host of an `Origin` header; null for `null` (sandboxed frames) or anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Mutations must be same-origin JSON: a cross-site form cannot send `application/json`, and a
 * browser always sends `Origin` (or `Sec-Fetch-Site`) on a cross-site request, so checking both
 * refuses CSRF without a token. Queries (GET) change nothing.
 */
function refuseCrossSite(c: HonoContext) {
  if (c.req.method !== 'POST') return null;
  const contentType = c.req.header('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('application/json')) {
    return trpcError(c, 415, domainError('UNSUPPORTED_MEDIA_TYPE', {}));
  }
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  const crossSite =
    (site && site !== 'same-origin' && site !== 'none') ||
    // An Origin without a Host to compare it with (no HTTP/1.1 client omits Host) is not ours.
    (origin !== undefined && (host === undefined || originHost(origin) !== host));
  if (crossSite) return trpcError(c, 403, domainError('CROSS_SITE_REQUEST', {}));
  return null;
}

/**
 * `Retry-After` (seconds) for refusals that end by themselves: 429 (the throttle says when) and
 * a busy or full database (503). Null for every other outcome.
 */
function retryAfter(errors: readonly TRPCError[]): { status?: number; seconds: number } | null {
  for (const error of errors) {
    if (error.code === 'TOO_MANY_REQUESTS') {
      const details = (error.cause as { details?: { retryAfterSeconds?: unknown } } | undefined)
        ?.details;
      const seconds = details?.retryAfterSeconds;
      return { seconds: typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 60 };
    }
    if (error.code === 'SERVICE_UNAVAILABLE') {
      const details = (error.cause as { details?: { retryAfterSeconds?: unknown } } | undefined)
        ?.details;
      const seconds = details?.retryAfterSeconds;
      return {
        seconds:
          typeof seconds === 'number' && seconds > 0
            ? Math.ceil(seconds)
            : STORAGE_RETRY_AFTER_SECONDS,
      };
    }
    // Met before any procedure ran (resolving the session): tRPC calls it a 500 otherwise.
    if (error.code === 'INTERNAL_SERVER_ERROR' && unavailableStorage(error.cause)) {
      return { status: 503, seconds: STORAGE_RETRY_AFTER_SECONDS };
    }
  }
  return null;
}

/**
 * The API as a Hono app: `/trpc/*`, `/documents/*`, `/healthz` and `/readyz`. The server mounts it next to the apps.
 *
 * @example const app = createApiApp(deps); const response = await app.request('/healthz');
 */
export function createApiApp(deps: ApiDependencies, options: HttpOptions = {}) {
  // The domain's schemas carry Vietnamese messages; zod's own fallbacks (a list where text was
  // expected…) follow its Vietnamese locale too.
  z.config(z.locales.vi());
  const app = new Hono();
  const clientIp = options.clientIp ?? ((c: HonoContext) => c.req.header('x-real-ip') ?? 'unknown');

  app.use('*', securityHeaders());
  app.use('/trpc/*', noStore());
  probeRoutes(app, deps);
  // Official documents as Word/PDF/Excel downloads (issue 8), checked like their read procedures.
  app.route('/documents', documentRoutes(deps, { clientIp }));

  app.use(
    '/trpc/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 2 * 1024 * 1024,
      onError: (c) => trpcError(c, 413, domainError('PAYLOAD_TOO_LARGE', {})),
    }),
  );
  // `c` is typed as a plain Hono context here and below: the path overload infers its input as `any`.
  app.use('/trpc/*', async (c: HonoContext, next) => refuseCrossSite(c) ?? next());
  // Before any procedure runs: a batch too large, or one carrying a call that must go alone.
  app.use('/trpc/*', async (c: HonoContext, next) => {
    const refusal = batchRefusalOf(c);
    return refusal ? trpcError(c, 400, refusal) : next();
  });
  // A body that is not JSON is refused before any procedure runs — tRPC reads the body only for
  // procedures with an input, so `auth.logout` would otherwise run on garbage. Hono caches the
  // text, and the tRPC adapter reads it from that cache.
  app.use('/trpc/*', async (c: HonoContext, next) => {
    if (c.req.method !== 'POST') return next();
    const text = await c.req.text();
    if (text.trim() === '') return next();
    try {
      JSON.parse(text);
    } catch {
      return trpcError(c, 400, domainError('PARSE_ERROR', {}));
    }
    return next();
  });
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      onError: ({ error, path }) => {
        // The client only gets a generic sentence for these (trpc.ts): the operator needs the cause.
        if (error.code === 'INTERNAL_SERVER_ERROR' && !unavailableStorage(error.cause)) {
          logUnexpectedError('api', error.cause ?? error, { procedure: path ?? null });
        }
      },
      responseMeta: ({ errors }) => {
        const retry = retryAfter(errors);
        if (!retry) return {};
        return {
          ...(retry.status ? { status: retry.status } : {}),
          headers: { 'retry-after': String(retry.seconds) },
        };
      },
      createContext: async (opts, c) => {
        const user = await sessionUserOf(deps, c);
        return buildContext(deps, {
          user,
          ip: clientIp(c),
          idempotencyKey: c.req.header('idempotency-key') ?? null,
          // Through tRPC's response headers: the adapter returns tRPC's own Response, so a cookie
          // set on the Hono context (`setCookie(c, …)`) would be lost.
          cookies: {
            setSession: (value, expiresAt) =>
              opts.resHeaders.append(
                'set-cookie',
                generateCookie(SESSION_COOKIE, value, {
                  httpOnly: true,
                  sameSite: 'Lax',
                  path: '/',
                  secure: deps.secureCookies,
                  expires: expiresAt,
                }),
              ),
            clearSession: () =>
              opts.resHeaders.append(
                'set-cookie',
                generateCookie(SESSION_COOKIE, '', {
                  httpOnly: true,
                  sameSite: 'Lax',
                  path: '/',
                  secure: deps.secureCookies,
                  maxAge: 0,
                }),
              ),
          },
        });
      },
    }),
  );
  return app;
}

// For the server's own error handling and logs (apps/server/src/http).
export { lostDatabaseConnection, unavailableStorage } from '../errors.js';
export { logUnexpectedError, setErrorLogSink } from './error-log.js';
export { sharedDocumentQueues } from '@doithoai/documents';
/** Every procedure's name (`petitions.register`…): the labels `/metrics` may use. */
export const PROCEDURE_NAMES: ReadonlySet<string> = new Set(Object.keys(appRouter._def.procedures));
