import type { DatabaseHandle } from '@doithoai/db';
import { seedTenant, type SeededTenant, type TestDialect } from '@doithoai/db/testing';
import type { Role } from '@doithoai/domain';
import { startSession, SESSION_COOKIE } from './auth/sessions.js';
import { createCalendarProvider } from './calendar-provider.js';
import { createApiApp } from './http/app.js';
import { testClient, type TestClient } from './test-client.test-support.js';

export type { TestClient } from './test-client.test-support.js';

export interface TrpcResponse<T = unknown> {
  status: number;
  /** `result.data` on success. */
  data: T;
  /** The tRPC error on failure (message, data.code, data.domainCode, data.fieldErrors…). */
  error: {
    message: string;
    data: {
      code: string;
      httpStatus: number;
      domainCode: string | null;
      fieldErrors: Record<string, string[]> | null;
      details: Record<string, unknown> | null;
    };
  } | null;
  headers: Headers;
}

/** A caller by string path over raw HTTP, for the tests about HTTP itself (headers, cookies). */
export interface HttpCaller {
  query<T = unknown>(path: string, input?: unknown): Promise<TrpcResponse<T>>;
  mutate<T = unknown>(
    path: string,
    input?: unknown,
    headers?: Record<string, string>,
  ): Promise<TrpcResponse<T>>;
}

export interface TestApi {
  handle: DatabaseHandle;
  app: ReturnType<typeof createApiApp>;
  /** Chợ Mới-like commune 02086 in province 19, and a second commune 03640 in province 12. */
  tenant: SeededTenant;
  otherTenant: SeededTenant;
  /** A typed client signed in as `role` in `tenant` (or in `otherTenant`). */
  as(role: Role, which?: 'tenant' | 'otherTenant'): Promise<TestClient>;
  /** A typed client signed in as any stored account (one a test created itself). */
  asAccount(accountId: string): Promise<TestClient>;
  anonymous: TestClient;
  /** Raw HTTP callers by string path, for the tests about HTTP itself (headers, cookies). */
  http: {
    as(role: Role, which?: 'tenant' | 'otherTenant'): Promise<HttpCaller>;
    anonymous: HttpCaller;
  };
  /** Move the clock (the app reads it per request). */
  setNow(instant: string): void;
  close(): Promise<void>;
}

/** A fixed, cheap hash: the tests sign in by session, not by password (the auth tests do). */
const TEST_PASSWORD_HASH = 'scrypt$1024$8$1$c2FsdA$not-a-real-hash';

async function send(app: TestApi['app'], request: Request): Promise<TrpcResponse> {
  const response = await app.request(request);
  const text = await response.text();
  type Body = { result?: { data?: unknown }; error?: TrpcResponse['error'] };
  const parse = (): Body => {
    try {
      return JSON.parse(text) as Body;
    } catch {
      return {};
    }
  };
  const body = parse();
  return {
    status: response.status,
    data: body.result?.data,
    error: body.error ?? null,
    headers: response.headers,
  };
}

function callerWithCookie(app: TestApi['app'], cookie: string | null): HttpCaller {
  const base = 'http://localhost';
  return {
    query: (path, input) => {
      const query =
        input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return send(
        app,
        new Request(`${base}/trpc/${path}${query}`, { headers: cookie ? { cookie } : {} }),
      ) as never;
    },
    mutate: (path, input, headers = {}) =>
      send(
        app,
        new Request(`${base}/trpc/${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(cookie ? { cookie } : {}),
            ...headers,
          },
          body: JSON.stringify(input ?? null),
        }),
      ) as never,
  };
}

/**
 * A real API over a real, migrated database of the given dialect, with two communes and one
 * account per role in each, reached through HTTP (`app.request`).
 *
 * @example
 * const api = await createTestApi(dialect);
 * const office = await api.as('party-office');
 * const plans = await office.plans.list.query({ year: 2025 });
 */
export async function createTestApi(
  dialect: TestDialect,
  options: { now?: string } = {},
): Promise<TestApi> {
  const handle = await dialect.open();
  let now = new Date(options.now ?? '2025-11-20T02:00:00.000Z');
  const tenant = await seedTenant(handle.db, {
    provinceCode: '19',
    provinceName: 'Thái Nguyên',
    communeCode: '02086',
    communeName: 'Chợ Mới',
    passwordHash: TEST_PASSWORD_HASH,
  });
  const otherTenant = await seedTenant(handle.db, {
    provinceCode: '12',
    provinceName: 'Lai Châu',
    communeCode: '03640',
    communeName: 'Khoen On',
    passwordHash: TEST_PASSWORD_HASH,
  });
  const app = createApiApp({
    db: handle.db,
    dialect: handle.dialect,
    now: () => now,
    calendars: createCalendarProvider(0),
    secureCookies: false,
  });
  const sessionCookie = async (role: Role, which: 'tenant' | 'otherTenant') => {
    const account = (which === 'tenant' ? tenant : otherTenant).accounts[role];
    const { token } = await startSession(handle.db, account.id, now);
    return `${SESSION_COOKIE}=${token}`;
  };
  return {
    handle,
    app,
    tenant,
    otherTenant,
    anonymous: testClient(app, () => null),
    async as(role, which = 'tenant') {
      const cookie = await sessionCookie(role, which);
      return testClient(app, () => cookie);
    },
    async asAccount(accountId) {
      const { token } = await startSession(handle.db, accountId, now);
      return testClient(app, () => `${SESSION_COOKIE}=${token}`);
    },
    http: {
      anonymous: callerWithCookie(app, null),
      async as(role, which = 'tenant') {
        return callerWithCookie(app, await sessionCookie(role, which));
      },
    },
    setNow(instant) {
      now = new Date(instant);
    },
    close: () => handle.close(),
  };
}
