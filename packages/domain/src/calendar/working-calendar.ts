import { dayOfWeek, fromDayNumber, toDayNumber, type IsoDate } from './civil-date.js';
import { isDayOffKind, type HolidayEntry } from './holiday.schema.js';

/** Supplies the holiday table of one year (official schedule, statutory rules, admin additions). */
export type HolidaySource = (year: number) => readonly HolidayEntry[];

/** Why a day is or is not a working day. */
export interface DayInfo {
  date: IsoDate;
  isWorkingDay: boolean;
  /** Vietnamese reason, e.g. "Thứ Bảy", "Tết Nguyên đán (mùng 1)", "Làm bù (…)". */
  reason: string;
  /** The holiday-table entry that decided it, with its source; absent for plain weekdays/weekends. */
  entry?: HolidayEntry;
}

/**
 * Which days public servants work: Monday–Friday, minus days off in the holiday table, plus the
 * Saturdays (or Sundays) an official schedule swaps in as working days
 * (docs/domain.md, "Working days"). The holiday table is injected, so tests can supply their own
 * and administrators can extend it.
 */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  describeDay(date: IsoDate): DayInfo;
  /** Same as `isWorkingDay` on a day number (days since 1970-01-01): the hot path for arithmetic. */
  isWorkingDayNumber(dayNumber: number): boolean;
  describeDayNumber(dayNumber: number): DayInfo;
  /** Working days in (fromExclusive, toInclusive], as day numbers; 0 when to ≤ from. O(years), not O(days). */
  countWorkingDays(fromExclusive: number, toInclusive: number): number;
  /** The holiday-table entries of a year, sorted by date. */
  entriesForYear(year: number): readonly HolidayEntry[];
}

const WEEKEND_NAMES: Record<number, string> = { 0: 'Chủ nhật', 6: 'Thứ Bảy' };

function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * 86_400_000).getUTCFullYear();
}

/**
 * Builds a working calendar over a holiday source. Years are loaded lazily and cached, keyed by
 * day number, so counting thousands of deadlines stays cheap.
 *
 * @example
 * const calendar = createWorkingCalendar(() => []);
 * calendar.isWorkingDay('2025-12-13') // false (Thứ Bảy)
 */
export function createWorkingCalendar(source: HolidaySource): WorkingCalendar {
  const byDayNumber = new Map<number, HolidayEntry>();
  const entriesByYear = new Map<number, readonly HolidayEntry[]>();

  function loadYear(year: number): readonly HolidayEntry[] {
    let entries = entriesByYear.get(year);
    if (!entries) {
      entries = [...source(year)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      entriesByYear.set(year, entries);
      for (const entry of entries) byDayNumber.set(toDayNumber(entry.date), entry);
    }
    return entries;
  }

  // Day numbers covered by loaded years: a contiguous range, widened a year at a time.
  let loadedFrom = Number.POSITIVE_INFINITY;
  let loadedTo = Number.NEGATIVE_INFINITY;
  function ensureLoaded(dayNumber: number): void {
    if (dayNumber >= loadedFrom && dayNumber <= loadedTo) return;
    const year = yearOfDayNumber(dayNumber);
    // Neighbouring years too: an entry may belong to the table of the year next to its date.
    const firstYear = Number.isFinite(loadedFrom)
      ? Math.min(year, yearOfDayNumber(loadedFrom)) - 1
      : year - 1;
    const lastYear = Number.isFinite(loadedTo)
      ? Math.max(year, yearOfDayNumber(loadedTo)) + 1
      : year + 1;
    for (let y = firstYear; y <= lastYear; y += 1) loadYear(y);
    // Only the inner years are certain to be complete with their neighbours' spill-over.
    loadedFrom = toDayNumber(`${String(firstYear + 1).padStart(4, '0')}-01-01`);
    loadedTo = toDayNumber(`${String(lastYear - 1).padStart(4, '0')}-12-31`);
  }

  function describeDayNumber(dayNumber: number): DayInfo {
    ensureLoaded(dayNumber);
    const date = fromDayNumber(dayNumber);
    const entry = byDayNumber.get(dayNumber);
    if (entry) {
      const isWorkingDay = !isDayOffKind(entry.kind);
      return { date, isWorkingDay, reason: entry.name, entry };
    }
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    const weekendName = WEEKEND_NAMES[weekday];
    return weekendName
      ? { date, isWorkingDay: false, reason: weekendName }
      : { date, isWorkingDay: true, reason: 'Ngày làm việc' };
  }

  function isWorkingDayNumber(dayNumber: number): boolean {
    ensureLoaded(dayNumber);
    const entry = byDayNumber.get(dayNumber);
    if (entry) return !isDayOffKind(entry.kind);
    const weekday = (((dayNumber + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  }

  // Per year: cumulative working days up to each day of the year, so a count over months or
  // years (how late is an overdue answer?) is two lookups per year, not a walk over every day.
  const prefixByYear = new Map<number, { firstDay: number; cumulative: Int32Array }>();
  function prefixOfYear(year: number) {
    let prefix = prefixByYear.get(year);
    if (!prefix) {
      const firstDay = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
      const length = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - firstDay;
      const cumulative = new Int32Array(length);
      let running = 0;
      for (let i = 0; i < length; i += 1) {
        if (isWorkingDayNumber(firstDay + i)) running += 1;
        cumulative[i] = running;
      }
      prefix = { firstDay, cumulative };
      prefixByYear.set(year, prefix);
    }
    return prefix;
  }
  /** Working days from 1 January of the day's year up to and including the day. */
  function workingDaysIntoYear(dayNumber: number): { year: number; count: number } {
    const year = yearOfDayNumber(dayNumber);
    const { firstDay, cumulative } = prefixOfYear(year);
    return { year, count: cumulative[dayNumber - firstDay] ?? 0 };
  }
  function countWorkingDays(fromExclusive: number, toInclusive: number): number {
    if (toInclusive <= fromExclusive) return 0;
    const from = workingDaysIntoYear(fromExclusive);
    const to = workingDaysIntoYear(toInclusive);
    let total = to.count - from.count;
    for (let year = from.year; year < to.year; year += 1) {
      const { cumulative } = prefixOfYear(year);
      total += cumulative[cumulative.length - 1] ?? 0;
    }
    return total;
  }

  return {
    countWorkingDays,
    isWorkingDayNumber,
    describeDayNumber,
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),
    describeDay: (date) => describeDayNumber(toDayNumber(date)),
    entriesForYear: (year) => loadYear(year),
  };
}

/** Exposed for tests of weekday logic. @example isWeekend('2025-12-13') // true */
export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}
