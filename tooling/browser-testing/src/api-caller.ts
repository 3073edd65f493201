// Calls the running server's API over HTTP as a signed-in account: the browser tests' setup
// writes records the way the apps would (tRPC over HTTP, no transformer), not into the tables.
import { PASSWORD, type World } from './harness.js';
import { present } from './present.js';

export interface ApiCaller {
  query<T>(path: string, input?: unknown): Promise<T>;
  mutate<T>(path: string, input?: unknown): Promise<T>;
}

interface TrpcBody<T> {
  result?: { data: T };
  error?: { message: string; data?: { domainCode?: string | null } };
}

async function read<T>(path: string, response: Response): Promise<T> {
  const body = (await response.json()) as TrpcBody<T>;
  if (body.error)
    throw new Error(`${path}: ${body.error.data?.domainCode ?? ''} ${body.error.message}`);
  return present(body.result, `${path}: the result`).data;
}

/**
 * Signs `username` in (the world's password) and returns a caller carrying its session cookie.
 *
 * @example const office = await signInApi(world, 'vpdu.chomoi'); await office.mutate('plans.submit', { id, expectedVersion: 1 });
 */
export async function signInApi(world: World, username: string): Promise<ApiCaller> {
  const login = await fetch(`${world.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  await read('auth.login', login);
  const cookie = /doithoai_session=[^;]+/u.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`auth.login: no session cookie for ${username}`);
  return {
    query: async (path, input) => {
      const query =
        input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return read(path, await fetch(`${world.url}/trpc/${path}${query}`, { headers: { cookie } }));
    },
    mutate: async (path, input) =>
      read(
        path,
        await fetch(`${world.url}/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify(input ?? null),
        }),
      ),
  };
}
