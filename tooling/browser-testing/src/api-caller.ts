// Calls the running server's API over HTTP as a signed-in account: the browser tests' setup
// writes records the way the apps would — the apps' own typed tRPC client, not the tables.
import { createApiClient } from '@doithoai/api/client';
import { PASSWORD, type World } from './harness.js';

/** The API as a signed-in account: every procedure by name, its input and output typed. */
export type ApiCaller = ReturnType<typeof createApiClient>;

/**
 * Signs `username` in (the world's password) and returns the typed client carrying its session
 * cookie.
 *
 * @example const office = await signInApi(world, 'vpdu.chomoi'); await office.plans.submit.mutate({ id, expectedVersion: 1 });
 */
export async function signInApi(world: World, username: string): Promise<ApiCaller> {
  // Raw HTTP for the login alone: the session is the Set-Cookie header, which the client hides.
  const login = await fetch(`${world.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`auth.login: ${login.status} ${await login.text()}`);
  const cookie = /doithoai_session=[^;]+/u.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`auth.login: no session cookie for ${username}`);
  return createApiClient(`${world.url}/trpc`, (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), cookie },
    }),
  );
}
