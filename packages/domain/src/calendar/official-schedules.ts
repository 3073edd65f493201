import type { HolidayEntry } from './holiday.schema.js';
import { SCHEDULE_2024 } from './official-schedules/2024.js';
import { SCHEDULE_2025 } from './official-schedules/2025.js';
import { SCHEDULE_2026 } from './official-schedules/2026.js';
import { SCHEDULE_2027 } from './official-schedules/2027.js';
import type { OfficialSchedule } from './official-schedules/entries.js';

export type { OfficialSchedule } from './official-schedules/entries.js';

/**
 * The officially announced schedules for public servants (cán bộ, công chức, viên chức), by year:
 * the Prime Minister's decisions on the days left to him by Bộ luật Lao động 2019, Điều 112
 * khoản 3 (the five Tết days, the day adjacent to 2/9), the swaps of a weekday off against a
 * Saturday worked, and — so that a schedule is complete on its own — the fixed holidays and days
 * in lieu of the law. A year listed here replaces the statutory computation for that year entirely
 * (see `holidaysForYear`). One file per year in `official-schedules/`, each citing its documents.
 *
 * To add a year: create `official-schedules/<year>.ts` from the notice (every entry with the
 * notice's number and date) and list it here; until then administrators can add entries.
 */
export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = Object.freeze({
  2024: SCHEDULE_2024,
  2025: SCHEDULE_2025,
  2026: SCHEDULE_2026,
  2027: SCHEDULE_2027,
});

/**
 * The official schedule of `year`, or undefined when none has been encoded.
 * @example officialSchedule(2025)?.source // 'Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 …'
 * @example officialSchedule(2031) // undefined
 */
export function officialSchedule(year: number): OfficialSchedule | undefined {
  return Object.hasOwn(OFFICIAL_SCHEDULES, year) ? OFFICIAL_SCHEDULES[year] : undefined;
}

/**
 * The years that have an official schedule, ascending.
 * @example officialScheduleYears() // [2024, 2025, 2026, 2027]
 */
export function officialScheduleYears(): number[] {
  return Object.keys(OFFICIAL_SCHEDULES)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * A copy of the official entries of `year`, sorted by date (empty when there is no schedule).
 * @example officialEntries(2025).find((e) => e.date === '2025-04-26')?.kind // 'swapped-workday'
 */
export function officialEntries(year: number): HolidayEntry[] {
  const schedule = officialSchedule(year);
  if (!schedule) return [];
  return schedule.entries
    .map((entry) => ({ ...entry }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
