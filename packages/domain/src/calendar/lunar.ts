import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import {
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from './civil-date.js';
import {
  LUNATION_EPOCH_JD,
  SYNODIC_MONTH,
  newMoonDay,
  sunSectorAtStartOfDay,
} from './lunar-astronomy.js';

/**
 * The Vietnamese lunar calendar (âm lịch): months begin on the local day of the new moon and
 * are numbered from month 11, the one holding the winter solstice. It is computed for the
 * meridian of UTC+7 (Vietnam's official zone since 1967/1975), which is why it sometimes
 * differs from the Chinese calendar (UTC+8): Tết 1985 was 21 Jan in Vietnam, 20 Feb in China.
 */
export const VIETNAM_TIME_ZONE_HOURS = 7;

/** Solar dates the conversions promise to handle (lunar years 1899–2100 overlap them). */
const MIN_SOLAR_DATE: IsoDate = '1900-01-01';
const MAX_SOLAR_DATE: IsoDate = '2100-12-31';
const MIN_LUNAR_YEAR = 1899;
const MAX_LUNAR_YEAR = 2100;
/** JDN of 1970-01-01, day number 0 in `civil-date.ts`. */
const UNIX_EPOCH_JDN = 2440588;
const TZ = VIETNAM_TIME_ZONE_HOURS;
const WINTER_SOLSTICE_SECTOR = 9; // 270° / 30°

export const LunarDateSchema = z.object({
  year: z.number({ error: 'Năm âm lịch phải là số.' }).int('Năm âm lịch phải là số nguyên.'),
  month: z
    .number({ error: 'Tháng âm lịch phải là số.' })
    .int('Tháng âm lịch phải là số nguyên.')
    .min(1, 'Tháng âm lịch phải từ 1 đến 12.')
    .max(12, 'Tháng âm lịch phải từ 1 đến 12.'),
  day: z
    .number({ error: 'Ngày âm lịch phải là số.' })
    .int('Ngày âm lịch phải là số nguyên.')
    .min(1, 'Ngày âm lịch phải từ 1 đến 30.')
    .max(30, 'Ngày âm lịch phải từ 1 đến 30.'),
  leap: z.boolean({ error: 'Phải cho biết tháng có phải tháng nhuận hay không (đúng/sai).' }),
});
export type LunarDate = z.infer<typeof LunarDateSchema>;

/** One lunar month: its label and the JDN of its first day (mùng 1). */
interface LunarMonthSpan {
  year: number;
  month: number;
  leap: boolean;
  start: number;
  length: 29 | 30;
}

const invalid = (message: string, details: Record<string, unknown>): DomainError =>
  new DomainError('LUNAR_DATE_INVALID', 'invalid', message, details);

const OUT_OF_RANGE_MESSAGE =
  'Chỉ hỗ trợ lịch âm tương ứng với dương lịch từ 01/01/1900 đến 31/12/2100.';

const jdnOf = (date: IsoDate): number => toDayNumber(date) + UNIX_EPOCH_JDN;
const isoOf = (jdn: number): IsoDate => fromDayNumber(jdn - UNIX_EPOCH_JDN);

/** JDN of the first day of lunar month 11 of `solarYear`: the month in which the winter solstice falls. */
function month11Start(solarYear: number): number {
  const k = Math.floor(
    (jdnOf(formatIsoDate(solarYear, 12, 31)) - LUNATION_EPOCH_JD) / SYNODIC_MONTH,
  );
  const start = newMoonDay(k, TZ);
  // New moon k falls in late December at the latest; if the Sun has already reached 270°
  // when it begins, the solstice belongs to the lunation before.
  return sunSectorAtStartOfDay(start, TZ) >= WINTER_SOLSTICE_SECTOR ? newMoonDay(k - 1, TZ) : start;
}

/**
 * The months from month 11 of `solarYear` up to (not including) month 11 of the next year —
 * a "tuế". It has 12 months, or 13 when one must be leap: then the leap month is the first
 * one without a major solar term (trung khí), and it repeats the number of the month before.
 */
function buildSui(solarYear: number): LunarMonthSpan[] {
  const first = month11Start(solarYear);
  const end = month11Start(solarYear + 1);
  const starts: number[] = [];
  // Start one lunation early so a rounding slip in `k` can never skip month 11.
  for (let k = Math.round((first - LUNATION_EPOCH_JD) / SYNODIC_MONTH) - 1; ; k += 1) {
    const day = newMoonDay(k, TZ);
    if (day >= end) break;
    if (day >= first) starts.push(day);
  }
  starts.push(end);
  const count = starts.length - 1;
  let leapIndex = -1;
  if (count === 13) {
    // Month 11 (index 0) holds the solstice, so the search starts at index 1.
    for (let i = 1; i < count && leapIndex < 0; i += 1) {
      const start = starts[i];
      const next = starts[i + 1];
      if (start === undefined || next === undefined) break;
      if (sunSectorAtStartOfDay(start, TZ) === sunSectorAtStartOfDay(next, TZ)) leapIndex = i;
    }
  }
  const months: LunarMonthSpan[] = [];
  for (let i = 0; i < count; i += 1) {
    const ordinal = 11 + i - (leapIndex >= 0 && i >= leapIndex ? 1 : 0); // 11, 12, 13 (= month 1 next year), …
    const start = starts[i];
    const next = starts[i + 1];
    if (start === undefined || next === undefined) break;
    months.push({
      year: ordinal <= 12 ? solarYear : solarYear + 1,
      month: ((ordinal - 1) % 12) + 1,
      leap: i === leapIndex,
      start,
      length: next - start === 30 ? 30 : 29,
    });
  }
  return months;
}

// Both caches hold at most ~200 entries for the supported range: small, and filled once.
const suiCache = new Map<number, LunarMonthSpan[]>();
/** A lunar year's months, never empty: every year has twelve or thirteen. */
type LunarYearMonths = [LunarMonthSpan, ...LunarMonthSpan[]];
const yearCache = new Map<number, LunarYearMonths>();

function sui(solarYear: number): LunarMonthSpan[] {
  let months = suiCache.get(solarYear);
  if (!months) suiCache.set(solarYear, (months = buildSui(solarYear)));
  return months;
}

/** The months of lunar year `year` in order, from tháng Giêng (month 1) to tháng Chạp (month 12). */
function lunarYearMonths(year: number): LunarYearMonths {
  let months = yearCache.get(year);
  if (!months) {
    // Months 1–10 belong to the tuế that starts in year − 1; months 11–12 to the one starting in `year`.
    const [first, ...rest] = [...sui(year - 1), ...sui(year)].filter((span) => span.year === year);
    if (!first) throw new Error(`Unreachable: the lunar year ${year} has no month`);
    months = [first, ...rest];
    yearCache.set(year, months);
  }
  return months;
}

function assertLunarYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_LUNAR_YEAR || year > MAX_LUNAR_YEAR) {
    throw invalid(OUT_OF_RANGE_MESSAGE, { year, reason: 'out-of-range' });
  }
}

function findMonth(year: number, month: number, leap: boolean): LunarMonthSpan {
  assertLunarYear(year);
  const span = lunarYearMonths(year).find((m) => m.month === month && m.leap === leap);
  if (span) return span;
  const asked = { year, month, leap };
  if (!leap) {
    throw invalid(`Tháng âm lịch phải từ 1 đến 12 (nhận được ${month}).`, {
      ...asked,
      reason: 'no-such-month',
    });
  }
  const leapMonth = leapMonthOfLunarYear(year);
  const which =
    leapMonth === null ? 'năm này không có tháng nhuận' : `năm này nhuận tháng ${leapMonth}`;
  const message = `Năm âm lịch ${year} không có tháng ${month} nhuận (${which}).`;
  throw invalid(message, { ...asked, leapMonth, reason: 'no-such-leap-month' });
}

/**
 * The lunar date of a civil date in Vietnam.
 * @example solarToLunar('2025-01-29') // { year: 2025, month: 1, day: 1, leap: false } (Tết Ất Tỵ)
 * @example solarToLunar('2025-07-25') // { year: 2025, month: 6, day: 1, leap: true } (mùng 1 tháng 6 nhuận)
 */
export function solarToLunar(date: IsoDate): LunarDate {
  if (!isIsoDate(date))
    throw invalid(`Ngày dương lịch không hợp lệ: "${date}" (định dạng YYYY-MM-DD).`, {
      date,
      reason: 'not-a-date',
    });
  if (date < MIN_SOLAR_DATE || date > MAX_SOLAR_DATE)
    throw invalid(OUT_OF_RANGE_MESSAGE, { date, reason: 'out-of-range' });
  const jdn = jdnOf(date);
  const solarYear = parseIsoDate(date).year;
  // Tết always falls between late January and late February, so the lunar year is the solar
  // year, or the one before for days ahead of Tết.
  let months = lunarYearMonths(solarYear);
  if (jdn < months[0].start) months = lunarYearMonths(solarYear - 1);
  const span = months.findLast((month) => month.start <= jdn);
  if (span)
    return { year: span.year, month: span.month, day: jdn - span.start + 1, leap: span.leap };
  throw new Error(`Unreachable: no lunar month contains ${date}`);
}

/**
 * The civil date of a lunar date. Refuses (DomainError `LUNAR_DATE_INVALID`) a day 30 in a
 * 29-day month, a leap month the year does not have, and dates outside 1900-01-01..2100-12-31.
 * @example lunarToSolar({ year: 2025, month: 3, day: 10, leap: false }) // '2025-04-07' (Giỗ Tổ Hùng Vương)
 */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  const parsed = LunarDateSchema.safeParse(lunar);
  if (!parsed.success) {
    throw invalid(parsed.error.issues[0]?.message ?? 'Ngày âm lịch không hợp lệ.', {
      lunar,
      reason: 'schema',
    });
  }
  const { year, month, day, leap } = parsed.data;
  const span = findMonth(year, month, leap);
  if (day > span.length) {
    const label = `tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year}`;
    throw invalid(`Không có ngày 30 ${label}: tháng này chỉ có 29 ngày.`, {
      ...parsed.data,
      monthLength: span.length,
      reason: 'day-out-of-month',
    });
  }
  const date = isoOf(span.start + day - 1);
  if (date < MIN_SOLAR_DATE || date > MAX_SOLAR_DATE)
    throw invalid(OUT_OF_RANGE_MESSAGE, { ...parsed.data, date, reason: 'out-of-range' });
  return date;
}

/**
 * The leap month (tháng nhuận) of a lunar year, or null when it has 12 months. The leap
 * month repeats that number: leap 6 comes right after the ordinary month 6.
 * @example leapMonthOfLunarYear(2025) // 6
 * @example leapMonthOfLunarYear(2026) // null
 */
export function leapMonthOfLunarYear(year: number): number | null {
  assertLunarYear(year);
  return lunarYearMonths(year).find((span) => span.leap)?.month ?? null;
}

/**
 * How many days a lunar month has: 29 (tháng thiếu) or 30 (tháng đủ).
 * @example lunarMonthLength(2025, 1) // 30
 * @example lunarMonthLength(2025, 6, true) // 29
 */
export function lunarMonthLength(year: number, month: number, leap = false): 29 | 30 {
  return findMonth(year, month, leap).length;
}

/**
 * Tết Nguyên đán — mùng 1 tháng Giêng — of the lunar year that begins in solar year `year`.
 * @example lunarNewYear(2025) // '2025-01-29'
 * @example lunarNewYear(2026) // '2026-02-17'
 */
export function lunarNewYear(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1900 || year > MAX_LUNAR_YEAR)
    throw invalid(OUT_OF_RANGE_MESSAGE, { year, reason: 'out-of-range' });
  return isoOf(lunarYearMonths(year)[0].start);
}
