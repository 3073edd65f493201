// Types of the shared tRPC client (the apps create it with `createApiClient('/trpc')`).
import type { createApiClient, RouterOutputs } from '@doithoai/api/client';
import type { MarkedDay } from './dates.js';

export type ApiClient = ReturnType<typeof createApiClient>;
export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;

/**
 * The public calendar's days off of a year, fetched once per year, for `DateInput`.
 *
 * @example <DateInput loadHolidays={holidayLoader(api)} />
 */
export function holidayLoader(api: ApiClient): (year: number) => Promise<MarkedDay[]> {
  const cache = new Map<number, Promise<MarkedDay[]>>();
  return (year) => {
    let entry = cache.get(year);
    if (!entry) {
      entry = api.calendar.holidays.query({ year });
      entry.catch(() => cache.delete(year));
      cache.set(year, entry);
    }
    return entry;
  };
}
