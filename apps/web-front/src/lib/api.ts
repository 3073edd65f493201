import { createApiClient } from '@doithoai/api/client';
import { holidayLoader } from '@doithoai/ui';

/** The typed tRPC client, same origin: the session cookie rides along. */
export const api = createApiClient('/trpc');

/** Days off for the date inputs, from the public `calendar.holidays`. */
export const loadHolidays = holidayLoader(api);
