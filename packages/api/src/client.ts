// Client-side entry: types only from the server side, plus the tRPC client factory the apps use.
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  splitLink,
  TRPCClientError,
} from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { MAX_BATCH_CALLS, travelsAlone } from './http/batch-limits.js';
import type { AppRouter } from './root.js';

export type { AppRouter } from './root.js';
export type { ApiErrorCode, ApiErrorData } from './errors.js';
export { TRPCClientError };

/** What each procedure takes, by path: `RouterInputs['petitions']['list']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure returns, by path: `RouterOutputs['plans']['list'][number]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/**
 * A failed call as the typed client throws it: `error.data` (when the server answered) is the
 * API's `ApiErrorData` — `domainCode` from the domain's catalogue, `fieldErrors` for forms.
 */
export type ApiClientError = TRPCClientError<AppRouter>;

/**
 * True for an error the typed client threw, whose `data` is then read without a cast; false for
 * anything else (a bug in the page, a plain `Error`).
 *
 * @example if (isApiClientError(error) && error.data?.domainCode === 'STALE_VERSION') reload();
 */
export function isApiClientError(error: unknown): error is ApiClientError {
  return error instanceof TRPCClientError;
}

/** The Idempotency-Key a call carries, given as its tRPC context: `{ context: { idempotencyKey } }`. */
const idempotencyKeyOf = (context: Record<string, unknown>) =>
  typeof context['idempotencyKey'] === 'string' ? context['idempotencyKey'] : undefined;

/**
 * The typed client every app uses (same origin, so the session cookie rides along). A call
 * carrying an `idempotencyKey` in its context goes alone, with an `Idempotency-Key` header (a
 * header belongs to a whole HTTP request, so such a call is never batched); so do a login and the
 * public mutations, which the server refuses inside a batch. The rest are batched, at most
 * `MAX_BATCH_CALLS` a request (the server's cap).
 *
 * @example const api = createApiClient('/trpc'); await api.calendar.holidays.query({ year: 2026 });
 * @example await api.conference.raiseFromFloor.mutate(input, { context: { idempotencyKey: crypto.randomUUID() } });
 */
export function createApiClient(url = '/trpc', fetchImpl?: typeof fetch) {
  const transport = { url, ...(fetchImpl ? { fetch: fetchImpl } : {}) };
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) =>
          idempotencyKeyOf(op.context) !== undefined || travelsAlone(op.type, op.path),
        true: httpLink({
          ...transport,
          headers: ({ op }) => {
            const key = idempotencyKeyOf(op.context);
            return key ? { 'idempotency-key': key } : {};
          },
        }),
        false: httpBatchLink({ ...transport, maxItems: MAX_BATCH_CALLS }),
      }),
    ],
  });
}
