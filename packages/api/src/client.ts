// Client-side entry: types only from the server side, plus the tRPC client factory the apps use.
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from './root.js';

export type { AppRouter } from './root.js';

/**
 * The typed client every app uses (same origin, so the session cookie rides along).
 *
 * @example const api = createApiClient('/trpc'); await api.calendar.holidays.query({ year: 2026 });
 */
export function createApiClient(url = '/trpc', fetchImpl?: typeof fetch) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url, ...(fetchImpl ? { fetch: fetchImpl } : {}) })],
  });
}
