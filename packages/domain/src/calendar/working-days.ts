import { fromDayNumber, toDayNumber, type IsoDate } from './civil-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** A day passed over while counting, with the reason it is not a working day. */
export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface CountedDate {
  date: IsoDate;
  /** Days off passed over between the start (exclusive) and the result (exclusive). */
  skipped: SkippedDay[];
}

/**
 * Guards against a holiday table that, by mistake, has no working day for months: the longest
 * run of days off passed over in a row. (It bounds the run, not the whole count: 2,498 working
 * days from 2026 pass over more than 3,660 calendar days, and are a valid question.)
 */
const MAX_DAYS_OFF_IN_A_ROW = 3_660;

function skippedDay(calendar: WorkingCalendar, dayNumber: number): SkippedDay {
  const info = calendar.describeDayNumber(dayNumber);
  return { date: info.date, reason: info.reason };
}

function scanWorkingDays(calendar: WorkingCalendar, start: number, count: number, step: 1 | -1) {
  const skipped: SkippedDay[] = [];
  let day = start;
  let remaining = count;
  let daysOffInARow = 0;
  while (remaining > 0) {
    day += step;
    if (calendar.isWorkingDayNumber(day)) {
      remaining -= 1;
      daysOffInARow = 0;
    } else {
      skipped.push(skippedDay(calendar, day));
      daysOffInARow += 1;
      if (daysOffInARow > MAX_DAYS_OFF_IN_A_ROW)
        throw new RangeError('The holiday table leaves no working day within ten years.');
    }
  }
  return { day, skipped };
}

/**
 * The Nth working day after `from` (N > 0), or the Nth working day before it (N < 0); N = 0
 * returns `from`. Counting starts the day after the event (Bộ luật Dân sự 2015, Điều 147
 * khoản 2: the first day of a period is the day after the event).
 *
 * @example
 * addWorkingDays(calendar, '2025-12-10', 7)  // { date: '2025-12-19', skipped: [13/12 Thứ Bảy, 14/12 Chủ nhật] }
 * addWorkingDays(calendar, '2025-12-10', -7) // { date: '2025-12-01', skipped: [06/12, 07/12] }
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  from: IsoDate,
  days: number,
): CountedDate {
  if (!Number.isInteger(days)) throw new RangeError(`Working days must be an integer: ${days}`);
  if (days === 0) return { date: from, skipped: [] };
  const { day, skipped } = scanWorkingDays(
    calendar,
    toDayNumber(from),
    Math.abs(days),
    days > 0 ? 1 : -1,
  );
  return { date: fromDayNumber(day), skipped: days > 0 ? skipped : skipped.reverse() };
}

/**
 * `date` itself when it is a working day, else the first working day after it — where a period
 * that ends on a day off ends (Bộ luật Dân sự 2015, Điều 148 khoản 5).
 *
 * @example nextWorkingDayOnOrAfter(calendar, '2025-12-13') // { date: '2025-12-15', skipped: [13/12, 14/12] }
 */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): CountedDate {
  const start = toDayNumber(date);
  if (calendar.isWorkingDayNumber(start)) return { date, skipped: [] };
  const { day, skipped } = scanWorkingDays(calendar, start, 1, 1);
  return { date: fromDayNumber(day), skipped: [skippedDay(calendar, start), ...skipped] };
}

/**
 * `date` itself when it is a working day, else the last working day before it: where an action
 * that must happen "at least N days before" is shown, so that it stays compliant.
 *
 * @example previousWorkingDayOnOrBefore(calendar, '2025-11-30') // { date: '2025-11-28', skipped: [30/11, 29/11] }
 */
export function previousWorkingDayOnOrBefore(
  calendar: WorkingCalendar,
  date: IsoDate,
): CountedDate {
  const start = toDayNumber(date);
  if (calendar.isWorkingDayNumber(start)) return { date, skipped: [] };
  const { day, skipped } = scanWorkingDays(calendar, start, 1, -1);
  return { date: fromDayNumber(day), skipped: [skippedDay(calendar, start), ...skipped] };
}

/** Working days strictly between two dates. @example countWorkingDaysBetween(calendar, '2025-11-28', '2025-12-10') // 7 */
export function countWorkingDaysBetween(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
): number {
  const [start, end] = [toDayNumber(from), toDayNumber(to)];
  const [low, high] = start <= end ? [start, end] : [end, start];
  return calendar.countWorkingDays(low, high - 1);
}
