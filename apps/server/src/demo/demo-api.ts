import {
  appRouter,
  buildContext,
  createCalendarProvider,
  createCallerFactory,
  type AppRouter,
  type Context,
  type SessionUser,
} from '@doithoai/api/server';
import type { Database } from '@doithoai/db';
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DemoActor } from './demo-world.js';

// The demo goes through the API's own procedures, on the server side (no HTTP, no session,
// no password check): one context per call, as the account acting, with the story's clock.

/** The API's procedures, as one account at one instant. */
export type DemoCaller = ReturnType<AppRouter['createCaller']>;

const createCaller: (ctx: Context) => DemoCaller = createCallerFactory(appRouter);

/** The API as `actor` at the instant `at`: `ctx.requestTime`, and `ctx.today` in Vietnam. */
export type DemoApi = (actor: DemoActor, at: Date) => DemoCaller;

/**
 * @example const api = createDemoApi(db); await api(office, at).plans.submit({ id, expectedVersion: 1 })
 */
export function createDemoApi(db: Kysely<Database>): DemoApi {
  const calendars = createCalendarProvider();
  const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  return (actor, at) => {
    const user: SessionUser = {
      accountId: actor.accountId,
      username: actor.accountId,
      fullName: actor.fullName,
      role: actor.role,
      adminUnitCode: actor.adminUnitCode,
      organisationId: actor.organisationId,
      mustChangePassword: false,
      tokenHash: 'demo',
    };
    const deps = { db, dialect, now: () => new Date(at), calendars, secureCookies: false } as const;
    return createCaller(
      buildContext(deps, {
        user,
        ip: 'demo',
        idempotencyKey: null,
        cookies: { setSession() {}, clearSession() {} },
      }),
    );
  };
}
