import { createApiClient } from '@doithoai/api/client';

/** The typed tRPC client, same origin. The public pages never sign in: no session is needed. */
export const api = createApiClient('/trpc');
export type PublicApi = typeof api;
