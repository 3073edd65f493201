import { DomainError } from '../errors/domain-error.js';
import type { IsoDate } from './civil-date.js';
import { HolidayEntrySchema, type HolidayEntry } from './holiday.schema.js';
import { officialEntries, officialSchedule } from './official-schedules.js';
import { statutoryHolidays } from './statutory-holidays.js';

/**
 * Where the base table of a year comes from: an official schedule (`OFFICIAL_SCHEDULES`) or the
 * statutory computation (`statutoryHolidays`).
 * @example describeHolidaySource(2025) // 'official'
 * @example describeHolidaySource(2031) // 'statutory'
 */
export function describeHolidaySource(year: number): 'official' | 'statutory' {
  return officialSchedule(year) ? 'official' : 'statutory';
}

/**
 * The holiday table of `year` for public servants, sorted by date, one entry per date:
 * 1. the official schedule when the year has one — it replaces the statutory computation for that
 *    year entirely (docs/domain.md: "Officially announced schedules for a year override the
 *    statutory computation"); otherwise the statutory computation (Bộ luật Lao động 2019,
 *    Điều 111–112);
 * 2. then the administrator's additions (a newly announced day off or swap, each with its source)
 *    that fall in `year`: an addition replaces the computed entry of its date. Additions dated in
 *    other years are ignored, so the whole list from the database can be passed for any year.
 *
 * Additions are validated with `HolidayEntrySchema` (names and sources trimmed); an invalid entry,
 * or two additions for the same date, throws a `DomainError` with code `HOLIDAY_ENTRY_INVALID`.
 * Throws a RangeError for a year without an official schedule outside 1900–2100.
 *
 * @example
 * holidaysForYear(2025).find((e) => e.date === '2025-05-02')
 * // { kind: 'compensatory', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', source: 'Thông báo số 6150/TB-BLĐTBXH …' }
 * @example
 * holidaysForYear(2031, [{ date: '2031-09-05', name: 'Nghỉ hoán đổi', kind: 'compensatory', source: 'Thông báo …' }])
 * // the statutory table of 2031 plus 05/09/2031
 */
export function holidaysForYear(
  year: number,
  additions: readonly HolidayEntry[] = [],
): HolidayEntry[] {
  const validated = validateAdditions(additions);
  const base = officialSchedule(year) ? officialEntries(year) : statutoryHolidays(year);
  const byDate = new Map<IsoDate, HolidayEntry>(base.map((entry) => [entry.date, entry]));
  for (const addition of validated) {
    if (Number(addition.date.slice(0, 4)) === year) byDate.set(addition.date, addition);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function validateAdditions(additions: readonly HolidayEntry[]): HolidayEntry[] {
  const seen = new Set<IsoDate>();
  return additions.map((candidate: unknown, index) => {
    const parsed = HolidayEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError(
        'HOLIDAY_ENTRY_INVALID',
        'invalid',
        `Ngày nghỉ bổ sung thứ ${index + 1} không hợp lệ: ${issue?.message ?? 'dữ liệu sai'}`,
        {
          index,
          path: issue?.path.map(String) ?? [],
          issues: parsed.error.issues.map((i) => i.message),
        },
      );
    }
    if (seen.has(parsed.data.date)) {
      throw new DomainError(
        'HOLIDAY_ENTRY_INVALID',
        'invalid',
        `Có hai ngày nghỉ bổ sung cùng ngày ${parsed.data.date}: mỗi ngày chỉ được một mục.`,
        { index, date: parsed.data.date },
      );
    }
    seen.add(parsed.data.date);
    return parsed.data;
  });
}
