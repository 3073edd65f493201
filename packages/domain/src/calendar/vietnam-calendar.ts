import type { HolidayEntry } from './holiday.schema.js';
import { holidaysForYear } from './holiday-table.js';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR } from './statutory-holidays.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

/**
 * The working calendar of Vietnamese public servants: official yearly schedules where they
 * exist, else the Labour Code's statutory holidays, plus an administrator's additions (each with
 * its source) — the table the server loads from the database.
 *
 * @example
 * const calendar = createVietnamWorkingCalendar();
 * calendar.isWorkingDay('2026-02-17') // false (Tết Bính Ngọ)
 */
export function createVietnamWorkingCalendar(
  additions: readonly HolidayEntry[] = [],
): WorkingCalendar {
  // The table covers 1900–2100; the calendar also peeks at the neighbouring years of a date, and
  // outside the range only weekends are known.
  return createWorkingCalendar((year) =>
    year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR
      ? []
      : holidaysForYear(year, additions),
  );
}
