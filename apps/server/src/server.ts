import type { Server } from 'node:http';
import { createApiApp } from '@doithoai/api/http';
import {
  createCalendarProvider,
  enqueueDeadlineDigests,
  type ApiDependencies,
  issueSetupLink,
} from '@doithoai/api/server';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@doithoai/db';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { loadNotificationConfig, type NotificationConfig, type ServerConfig } from './config.js';
import { ensureDemoData, type DemoState } from './demo/ensure-demo.js';
import { errorHandler } from './http/error-handler.js';
import { compression } from './http/compression.js';
import { Metrics } from './http/metrics.js';
import { notFound } from './http/not-found.js';
import { requestLog } from './http/request-log.js';
import { startingResponse } from './http/starting.js';
import { errorFields, silentLogger, type Logger } from './logging/logger.js';
import { createAdapterResolver } from './notifications/channel-config.js';
import { createDigestSchedule } from './notifications/digest-schedule.js';
import { createDispatcher } from './notifications/dispatcher.js';
import { mountStaticApps } from './static-apps.js';

export interface RunningServer {
  /** Where to open it in a browser (`localhost` when listening on every interface). */
  url: string;
  port: number;
  handle: DatabaseHandle;
  /** `null` when `DEMO_DATA` is off. */
  demo: DemoState | null;
  /**
   * Issue 14, first run: with `DEMO_DATA` off and no active system administrator, the one-time
   * link (valid one hour, used once) to `/admin/khoi-tao` that creates the first one — the
   * token in the fragment, which browsers never send to a server or a proxy's log. Else null.
   */
  setupUrl: string | null;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** The client's address: the socket, or the proxy's last `X-Forwarded-For` hop when trusted. */
function clientIpReader(trustProxy: boolean) {
  return (c: Context): string => {
    if (trustProxy) {
      const hops = c.req.header('x-forwarded-for')?.split(',') ?? [];
      const last = hops.at(-1)?.trim();
      if (last) return last;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

function listen(fetch: Fetch, config: ServerConfig): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}

function closeGracefully(server: ServerType, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const http = server as Server;
    const force = setTimeout(() => http.closeAllConnections?.(), graceMs);
    force.unref();
    http.close(() => {
      clearTimeout(force);
      resolve();
    });
    // Keep-alive sockets with no request in flight would hold `close` open until they time out.
    http.closeIdleConnections?.();
  });
}

/**
 * Starts the server: takes the port (answering 503 until ready), opens the database
 * `DATABASE_URL` names, runs pending migrations, creates the demo on an empty database when
 * `DEMO_DATA` is on, and serves the API (`/trpc`, `/documents`, `/healthz`, `/readyz`) and the
 * role apps (`/` home and sign-in, `/party/` the Party committee…); anything else is a 404.
 * `progress` gets the console's lines while the demo is built; `logger` a JSON line per request
 * and every unexpected error (silent by default: tests).
 *
 * @example const server = await startServer(loadConfig()); console.log(server.url);
 */
export async function startServer(
  config: ServerConfig,
  options: {
    now?: () => Date;
    progress?: (line: string) => void;
    logger?: Logger;
    /** Providers, public address, dispatcher; none from an empty environment by default. */
    notifications?: NotificationConfig;
  } = {},
): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  // The port first (issue 20): a port in use is refused before the database is touched, and
  // while the migrations and the demo run, the port answers 503 "starting" (readiness).
  let serveRequest: Fetch = startingResponse;
  const { server, port } = await listen((request, env) => serveRequest(request, env), config);
  let handle: DatabaseHandle | undefined;
  try {
    handle = createDatabase({
      url: config.databaseUrl,
      onConnectionError: (error) =>
        logger.log('warn', 'database connection lost', errorFields(error)),
    });
    await migrateToLatest(handle.db);
    const demo = config.demoData ? await ensureDemoData(handle.db, now(), options.progress) : null;
    const setupToken = config.demoData ? null : await issueSetupLink(handle.db, now());
    const notify = options.notifications ?? loadNotificationConfig({});
    const deps: ApiDependencies = {
      db: handle.db,
      dialect: handle.dialect,
      now,
      calendars: createCalendarProvider(),
      secureCookies: config.secureCookies,
      notifications: {
        // With the demo data on, every channel is on and delivers to the local sink.
        sink: config.demoData,
        channelsFromEnvironment: [
          ...(notify.environment.zns ? (['zalo-zns'] as const) : []),
          ...(notify.environment.sms ? (['sms'] as const) : []),
          ...(notify.environment.email ? (['email'] as const) : []),
        ],
        publicBaseUrl: notify.publicBaseUrl,
      },
    };
    const api = createApiApp(deps, { clientIp: clientIpReader(config.trustProxy) });
    // One dispatcher per process: on PostgreSQL several processes share the outbox (SKIP
    // LOCKED); on SQLite the server is the only process writing the file.
    const dispatcher = notify.dispatcher
      ? createDispatcher({
          db: handle.db,
          dialect: handle.dialect,
          now,
          adapters: createAdapterResolver({
            db: handle.db,
            now,
            environment: notify.environment,
            sink: config.demoData,
          }),
          onError: (error) => logger.log('error', 'notification dispatcher', errorFields(error)),
          beforePass: createDigestSchedule({
            now,
            run: (at) => enqueueDeadlineDigests(deps, at),
            onError: (error) => logger.log('error', 'deadline digests', errorFields(error)),
          }).tick,
        })
      : null;
    const app = new Hono();
    const metrics = new Metrics();
    app.use('*', requestLog(logger, { trustProxy: config.trustProxy }));
    app.use('*', metrics.middleware());
    app.use('*', compression());
    app.onError(errorHandler(logger));
    // Read by the monitoring on the server itself or through the proxy's allow-list
    // (deploy/nginx/doithoai.conf keeps it off the Internet).
    app.get('/metrics', metrics.handler(handle, now));
    app.route('/', api);
    mountStaticApps(app);
    app.notFound(notFound);
    serveRequest = app.fetch;
    dispatcher?.start(notify.intervalMs);
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const opened = handle;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
      url,
      port,
      handle: opened,
      demo,
      setupUrl: setupToken ? `${url}/admin/khoi-tao#${setupToken}` : null,
      async close(graceMs = 10_000) {
        await closeGracefully(server, graceMs);
        await dispatcher?.stop();
        await opened.close();
      },
    };
  } catch (error) {
    await closeGracefully(server, 0);
    await handle?.close();
    throw error;
  }
}
