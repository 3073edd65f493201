import { listHolidayAdditions, type Database } from '@doithoai/db';
import {
  createVietnamWorkingCalendar,
  HolidayEntrySchema,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';

export interface CalendarProvider {
  get(db: Kysely<Database>): Promise<WorkingCalendar>;
  /** After an administrator changes the holiday table. */
  invalidate(): void;
}

/**
 * The working calendar with the administrators' additions from the `holidays` table. Cached;
 * reloaded after `invalidate()` or `maxAgeMs` (other server processes may have changed it).
 *
 * @example const calendars = createCalendarProvider(); const calendar = await calendars.get(db);
 */
export function createCalendarProvider(
  maxAgeMs = 60_000,
  clock: () => number = Date.now,
): CalendarProvider {
  let cached: { calendar: WorkingCalendar; loadedAt: number } | null = null;
  return {
    async get(db) {
      if (cached && clock() - cached.loadedAt < maxAgeMs) return cached.calendar;
      const additions = (await listHolidayAdditions(db)).map(({ date, name, kind, source }) =>
        HolidayEntrySchema.parse({ date, name, kind, source }),
      );
      cached = { calendar: createVietnamWorkingCalendar(additions), loadedAt: clock() };
      return cached.calendar;
    },
    invalidate() {
      cached = null;
    },
  };
}
