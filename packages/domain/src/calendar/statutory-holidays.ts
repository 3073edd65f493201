import {
  addDays,
  dayOfWeek,
  formatIsoDate,
  formatVietnameseDate,
  vietnameseWeekday,
  type IsoDate,
} from './civil-date.js';
import type { HolidayEntry } from './holiday.schema.js';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

/*
 * The statutory holiday table, computed when no official schedule exists for a year.
 *
 * Bộ luật Lao động 2019 (Luật số 45/2019/QH14, in force 01/01/2021):
 * - Điều 112 khoản 1: a) 1/1; b) Tết Âm lịch 05 ngày; c) 30/4; d) 1/5; đ) 2/9 and 01 adjacent
 *   day "trước hoặc sau"; e) 10/3 âm lịch (Giỗ Tổ Hùng Vương).
 * - Điều 112 khoản 3: each year the Prime Minister decides the exact days of points b and đ.
 * - Điều 111 khoản 3: a holiday of Điều 112 khoản 1 falling on the weekly rest day gives a day
 *   off in lieu (nghỉ bù) on the next working day. (The weekly-rest-day rule is Điều 111, not
 *   Điều 112.) Public servants rest on Saturday and Sunday, so a holiday on either is made up on
 *   the next Monday–Friday that is not already a holiday or a day in lieu.
 * Nghị quyết 28/2026/QH16 (24/4/2026, in force 01/7/2026), Điều 2: 24/11 is Ngày Văn hóa Việt
 * Nam, "người lao động được nghỉ làm việc và hưởng nguyên lương".
 *
 * Readings chosen where the law leaves the day to a yearly decision:
 * - Tết: 01 day at the end of the old lunar year (giao thừa) + mùng 1..4, the first of the two
 *   options (1 + 4 or 2 + 3) employers had under the 2012 Code. The Prime Minister's decisions
 *   vary (2026 took 1 + 4; 2024, 2025, 2027 took 2 + 3), so official schedules override this.
 * - The day adjacent to 2/9: the law gives no default (Điều 112 khoản 1 điểm đ, khoản 3; none was
 *   found in Nghị định 145/2020/NĐ-CP either). We take the day that joins 2/9 to a weekend, as every
 *   decision 2021–2027 did: 2/9 on Monday, Thursday or Sunday → 3/9; otherwise → 1/9
 *   (2021 Thu→3/9, 2022 Fri→1/9, 2023 Sat→1/9, 2024 Mon→3/9, 2025 Tue→1/9, 2026 Wed→1/9,
 *   2027 Thu→3/9).
 * - 24/11 is not a holiday of Điều 112 khoản 1, so Điều 111 khoản 3 does not make it up when it
 *   falls on a weekend. This is also the safe reading for deadlines (never one day too many);
 *   an administrator can add a day in lieu if one is announced.
 *
 * Historical policy: the current rules are applied to every year 1900–2100 (the product counts
 * deadlines from 2023). This is not history: before 2021 Quốc khánh was 1 day; Giỗ Tổ became a
 * day off in 2007; Tết was 4 days before 2013. 24/11 appears only from 2026, the year of its
 * source.
 */

/** First and last years the computation (and the lunar conversion behind it) covers. */
export const STATUTORY_FIRST_YEAR = 1900;
export const STATUTORY_LAST_YEAR = 2100;
/** First year with Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16, in force 01/7/2026). */
export const CULTURE_DAY_FIRST_YEAR = 2026;

const LABOUR_CODE = 'Bộ luật Lao động 2019 (Luật số 45/2019/QH14)';

/** The clauses each statutory entry cites; official schedules reuse them for the fixed days. */
export const LEGAL_SOURCES = {
  labourCode: `${LABOUR_CODE}, Điều 111 khoản 3 và Điều 112`,
  newYear: `${LABOUR_CODE}, Điều 112 khoản 1 điểm a`,
  lunarNewYear: `${LABOUR_CODE}, Điều 112 khoản 1 điểm b`,
  victoryDay: `${LABOUR_CODE}, Điều 112 khoản 1 điểm c`,
  labourDay: `${LABOUR_CODE}, Điều 112 khoản 1 điểm d`,
  nationalDay: `${LABOUR_CODE}, Điều 112 khoản 1 điểm đ`,
  hungKings: `${LABOUR_CODE}, Điều 112 khoản 1 điểm e`,
  primeMinisterDecides: `${LABOUR_CODE}, Điều 112 khoản 3`,
  dayInLieu: `${LABOUR_CODE}, Điều 111 khoản 3`,
  cultureDay:
    'Nghị quyết số 28/2026/QH16 ngày 24/4/2026 của Quốc hội, Điều 2 (hiệu lực từ 01/7/2026)',
} as const;

/** Names shared by the statutory table and the official schedules. */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  victoryDay: 'Ngày Chiến thắng (30/4)',
  labourDay: 'Ngày Quốc tế lao động (1/5)',
  nationalDay: 'Quốc khánh (2/9)',
  cultureDay: 'Ngày Văn hóa Việt Nam (24/11)',
} as const;

const TET_READING =
  'chưa có quyết định của Thủ tướng (Điều 112 khoản 3): tính theo phương án 01 ngày cuối năm và 04 ngày đầu năm âm lịch';
const ADJACENT_READING =
  'chưa có quyết định của Thủ tướng (Điều 112 khoản 3): chọn ngày liền kề nối với ngày nghỉ hằng tuần';

/** `Quốc khánh (ngày liền kề 1/9)` or `(… 3/9)`. @example nationalDayAdjacentName('2025-09-01') // 'Quốc khánh (ngày liền kề 1/9)' */
export function nationalDayAdjacentName(date: IsoDate): string {
  return `Quốc khánh (ngày liền kề ${Number(date.slice(8))}/9)`;
}

/** The weekday as written inside a sentence. @example weekdayInSentence('2025-04-26') // 'thứ Bảy' */
export function weekdayInSentence(date: IsoDate): string {
  const name = vietnameseWeekday(date);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * The day in lieu (Điều 111 khoản 3) of a holiday that fell on a weekend.
 * @example
 * dayInLieu('2023-01-02', { date: '2023-01-01', name: 'Tết Dương lịch' }, 'Bộ luật Lao động 2019 …, Điều 111 khoản 3')
 * // { date: '2023-01-02', name: 'Nghỉ bù: Tết Dương lịch trùng chủ nhật 01/01/2023', kind: 'compensatory', source: … }
 */
export function dayInLieu(
  date: IsoDate,
  of: { date: IsoDate; name: string },
  source: string,
): HolidayEntry {
  const when = `${weekdayInSentence(of.date)} ${formatVietnameseDate(of.date)}`;
  return { date, name: `Nghỉ bù: ${of.name} trùng ${when}`, kind: 'compensatory', source };
}

/** True on Saturday and Sunday, the public servants' weekly rest days. @example isWeekendDay('2025-04-26') // true */
export function isWeekendDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/**
 * The day adjacent to Quốc khánh in the statutory computation: the one that joins 2/9 to a
 * weekend (2/9 on Monday, Thursday or Sunday → 3/9, otherwise 1/9).
 * @example nationalDayAdjacentDay(2024) // '2024-09-03' (2/9/2024 was a Monday)
 * @example nationalDayAdjacentDay(2025) // '2025-09-01'
 */
export function nationalDayAdjacentDay(year: number): IsoDate {
  const weekday = dayOfWeek(formatIsoDate(year, 9, 2));
  return formatIsoDate(year, 9, weekday === 1 || weekday === 4 || weekday === 0 ? 3 : 1);
}

/**
 * The statutory holiday table of `year` for public servants (Monday–Friday week): the holidays of
 * Điều 112 khoản 1, their days in lieu (Điều 111 khoản 3), and 24/11 from 2026. Sorted by date,
 * one entry per date (two holidays on one date are merged into one entry). Throws a RangeError
 * outside 1900–2100.
 *
 * @example
 * statutoryHolidays(2031).filter((e) => e.date.startsWith('2031-01'))
 * // 01/01 Tết Dương lịch; 22/01 (giao thừa) … 26/01 mùng 4 Tết; 27/01 and 28/01 nghỉ bù
 * // for mùng 3 and mùng 4 on Saturday and Sunday
 */
export function statutoryHolidays(year: number): HolidayEntry[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) {
    throw new RangeError(
      `Statutory holidays are computed for ${STATUTORY_FIRST_YEAR}–${STATUTORY_LAST_YEAR}, not ${year}`,
    );
  }
  const holidays = mergeByDate([
    holiday(formatIsoDate(year, 1, 1), HOLIDAY_NAMES.newYear, LEGAL_SOURCES.newYear),
    ...tetDays(year),
    holiday(
      lunarToSolar({ year, month: 3, day: 10, leap: false }),
      HOLIDAY_NAMES.hungKings,
      LEGAL_SOURCES.hungKings,
    ),
    holiday(formatIsoDate(year, 4, 30), HOLIDAY_NAMES.victoryDay, LEGAL_SOURCES.victoryDay),
    holiday(formatIsoDate(year, 5, 1), HOLIDAY_NAMES.labourDay, LEGAL_SOURCES.labourDay),
    holiday(formatIsoDate(year, 9, 2), HOLIDAY_NAMES.nationalDay, LEGAL_SOURCES.nationalDay),
    holiday(
      nationalDayAdjacentDay(year),
      nationalDayAdjacentName(nationalDayAdjacentDay(year)),
      `${LEGAL_SOURCES.nationalDay}; ${ADJACENT_READING}`,
    ),
  ]);
  const entries = [...holidays, ...daysInLieu(holidays)];
  if (year >= CULTURE_DAY_FIRST_YEAR) {
    // Not made up on a weekend: see the note at the top of this file.
    entries.push(
      holiday(formatIsoDate(year, 11, 24), HOLIDAY_NAMES.cultureDay, LEGAL_SOURCES.cultureDay),
    );
  }
  return mergeByDate(entries);
}

function holiday(date: IsoDate, name: string, source: string): HolidayEntry {
  return { date, name, kind: 'holiday', source };
}

/** Điều 112 khoản 1 điểm b under the reading above: giao thừa + mùng 1..4. */
function tetDays(year: number): HolidayEntry[] {
  const firstDay = lunarNewYear(year);
  const eve = addDays(firstDay, -1);
  const lunarEve = solarToLunar(eve); // 29 or 30 of tháng Chạp (rarely tháng Chạp nhuận)
  const source = `${LEGAL_SOURCES.lunarNewYear}; ${TET_READING}`;
  return [
    holiday(
      eve,
      `Tết Nguyên đán (${lunarEve.day} tháng Chạp${lunarEve.leap ? ' nhuận' : ''})`,
      source,
    ),
    ...[1, 2, 3, 4].map((n) =>
      holiday(addDays(firstDay, n - 1), `Tết Nguyên đán (mùng ${n})`, source),
    ),
  ];
}

/** Điều 111 khoản 3: each holiday on a weekend → the next weekday not already off. */
function daysInLieu(holidays: readonly HolidayEntry[]): HolidayEntry[] {
  const taken = new Set(holidays.map((entry) => entry.date));
  const result: HolidayEntry[] = [];
  for (const entry of holidays) {
    if (!isWeekendDay(entry.date)) continue;
    let date = addDays(entry.date, 1);
    while (isWeekendDay(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    result.push(dayInLieu(date, entry, `${LEGAL_SOURCES.dayInLieu} (nghỉ bù cho ${entry.name})`));
  }
  return result;
}

/** Sorted by date; two entries on one date become one (e.g. Giỗ Tổ on 30/4), names and sources joined. */
function mergeByDate(entries: readonly HolidayEntry[]): HolidayEntry[] {
  const byDate = new Map<IsoDate, HolidayEntry>();
  for (const entry of entries) {
    const existing = byDate.get(entry.date);
    byDate.set(
      entry.date,
      existing
        ? {
            ...existing,
            name: `${existing.name}; ${entry.name}`,
            source: `${existing.source}; ${entry.source}`,
          }
        : entry,
    );
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
