import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from './root.js';

/** The API as the tests call it: every procedure by name, its input and output checked by tsc. */
export type TestClient = TRPCClient<AppRouter>;

/** What the client needs of the Hono app: its own `request`, so no call leaves the process. */
export interface RequestingApp {
  request(input: string | Request | URL, init?: RequestInit): Response | Promise<Response>;
}

/** The Idempotency-Key a call carries, as the apps pass it: `{ context: { idempotencyKey } }`. */
const idempotencyKeyOf = (context: Record<string, unknown>) =>
  typeof context['idempotencyKey'] === 'string' ? context['idempotencyKey'] : undefined;

/**
 * A typed tRPC client over `app.request`, one request per call (no batching, so each call's
 * refusal and statements stay its own), carrying `cookie` (a session) and the client's address.
 * Mutations are same-origin JSON, as the app's CSRF check requires: the link sends
 * `Content-Type: application/json` and no `Origin`.
 *
 * @example const office = testClient(api.app, `${SESSION_COOKIE}=${token}`);
 * await office.plans.list.query({ year: 2025 });
 * await office.petitions.register.mutate(input, { context: { idempotencyKey: 'phieu-1' } });
 */
export function testClient(
  app: RequestingApp,
  cookie: () => string | null,
  ip?: string,
): TestClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: 'http://localhost/trpc',
        fetch: async (url, init) => app.request(String(url), init as RequestInit),
        headers: ({ op }) => {
          const headers: Record<string, string> = {};
          const session = cookie();
          if (session) headers['cookie'] = session;
          if (ip) headers['x-real-ip'] = ip;
          const key = idempotencyKeyOf(op.context);
          if (key) headers['idempotency-key'] = key;
          return headers;
        },
      }),
    ],
  });
}

/** The context giving a mutation its Idempotency-Key. */
export const withIdempotencyKey = (idempotencyKey: string) => ({ context: { idempotencyKey } });

/** What a procedure returns and takes (`Outputs['plans']['get']`): the client's own types. */
export type { RouterInputs as Inputs, RouterOutputs as Outputs } from './client.js';

/**
 * An input the API must refuse, sent as it is (a missing field, a wrong type): the compiler
 * would reject it otherwise. Only for the tests of refusals.
 *
 * @example await refusal(office.plans.create.mutate(malformed({ year: 'năm nay' })));
 */
export const malformed = <T>(input: unknown): T => input as T;
