import type { TrpcResponse } from '../test-api.test-support.js';
import { testClient, type RequestingApp, type TestClient } from '../test-client.test-support.js';
import { SESSION_COOKIE } from './sessions.js';

// Test helper for the auth, accounts and holidays suites: a browser-like client that signs in
// through `auth.login` and keeps the cookie it is given. Not exported from the package.

type App = RequestingApp;

export interface BrowserLike {
  cookie: string | null;
  /** The typed client, with this browser's cookie and address. */
  api: TestClient;
  /** Raw HTTP by string path, for the tests about the cookies and headers themselves. */
  query<T = unknown>(path: string, input?: unknown): Promise<TrpcResponse<T>>;
  mutate<T = unknown>(path: string, input?: unknown): Promise<TrpcResponse<T>>;
  /** `auth.login` from this client's address; keeps the new cookie on success. */
  login(
    username: string,
    password: string,
  ): Promise<TrpcResponse<{ user: { username: string; mustChangePassword: boolean } }>>;
}

async function send<T>(app: App, request: Request): Promise<TrpcResponse<T>> {
  const response = await app.request(request);
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as {
    result?: { data?: T };
    error?: TrpcResponse['error'];
  };
  return {
    status: response.status,
    data: body.result?.data as T,
    error: body.error ?? null,
    headers: response.headers,
  };
}

/** The session token a response sets, or null (also null for a cookie being cleared). */
export function sessionTokenOf(headers: Headers): string | null {
  const header = headers.get('set-cookie') ?? '';
  const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header);
  return match?.[1] ? match[1] : null;
}

/**
 * A client with its own cookie jar and address (`x-real-ip`, which the test app reads).
 *
 * @example const browser = browserLike(api.app, '203.0.113.5'); await browser.login('vpdu', pw);
 */
export function browserLike(app: App, ip = '203.0.113.5'): BrowserLike {
  const base = 'http://localhost/trpc';
  const client: BrowserLike = {
    cookie: null,
    api: testClient(app, () => client.cookie, ip),
    query(path, input) {
      const query =
        input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const headers: Record<string, string> = { 'x-real-ip': ip };
      if (client.cookie) headers['cookie'] = client.cookie;
      return send(app, new Request(`${base}/${path}${query}`, { headers }));
    },
    mutate(path, input) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-real-ip': ip,
      };
      if (client.cookie) headers['cookie'] = client.cookie;
      return send(
        app,
        new Request(`${base}/${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? null),
        }),
      );
    },
    async login(username, password) {
      const response = await client.mutate<{
        user: { username: string; mustChangePassword: boolean };
      }>('auth.login', {
        username,
        password,
      });
      const token = sessionTokenOf(response.headers);
      if (response.status === 200 && token) client.cookie = `${SESSION_COOKIE}=${token}`;
      return response;
    },
  };
  return client;
}
