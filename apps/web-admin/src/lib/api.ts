import { createApiClient } from '@doithoai/api/client';

/** The typed tRPC client, same origin: the session cookie rides along. */
export const api = createApiClient('/trpc');
