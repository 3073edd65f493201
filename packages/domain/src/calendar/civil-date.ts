import { z } from 'zod';

/**
 * A civil date as `YYYY-MM-DD`, with no time and no zone. Every deadline in the domain is
 * a civil date in Vietnam; arithmetic is done on day numbers in UTC so the machine's time
 * zone (`TZ`) never changes a result.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (e.g. not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export const IsoDateSchema = z
  .string({ error: 'Ngày phải là chuỗi dạng YYYY-MM-DD.' })
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2025-12-10).' });

/** An instant (timestamp) as an ISO 8601 string with offset, e.g. `2025-12-10T08:00:00+07:00`. */
export const IsoInstantSchema = z.iso.datetime({
  offset: true,
  error: 'Thời điểm không hợp lệ (ISO 8601, ví dụ 2025-12-10T08:00:00+07:00).',
});

export interface CivilDateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * @example parseIsoDate('2025-12-10') // { year: 2025, month: 12, day: 10 }
 */
export function parseIsoDate(date: IsoDate): CivilDateParts {
  const match = ISO_DATE_PATTERN.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * @example formatIsoDate(2025, 12, 4) // '2025-12-04'
 */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before it). @example toDayNumber('1970-01-02') // 1 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(dayNumber: number): IsoDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** @example addDays('2025-12-31', 1) // '2026-01-01' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). @example daysBetween('2025-12-04', '2025-12-10') // 6 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. @example dayOfWeek('2025-12-10') // 3 (Wednesday) */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** @example compareDates('2025-12-04', '2025-12-10') // -1 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const VIETNAMESE_WEEKDAYS = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

/** @example vietnameseWeekday('2025-12-10') // 'Thứ Tư' */
export function vietnameseWeekday(date: IsoDate): string {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- dayOfWeek is 0..6, the table's seven entries
  return VIETNAMESE_WEEKDAYS[dayOfWeek(date)]!;
}

/** The way Vietnamese offices write a date. @example formatVietnameseDate('2025-12-04') // '04/12/2025' */
export function formatVietnameseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The civil date in Vietnam (UTC+7, no daylight saving since 1975) at an instant.
 * @example vietnamDateAt(new Date('2025-12-09T18:00:00Z')) // '2025-12-10'
 */
export function vietnamDateAt(instant: Date): IsoDate {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return formatIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
