// The date input's arithmetic: parsing what people type (dd/mm/yyyy) and the month grid.

/** One day the public calendar marks (`calendar.holidays`). */
export interface MarkedDay {
  date: string;
  name: string;
  kind: 'holiday' | 'compensatory' | 'swapped-workday';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` from its parts, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  )
    return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** `isoDate` of a day that exists by construction (a month's first, a day clamped to its month's end). */
function existingDay(year: number, month: number, day: number): string {
  const iso = isoDate(year, month, day);
  if (iso === null) throw new RangeError(`No such day: ${year}-${month}-${day}`);
  return iso;
}

/**
 * What a person typed (`dd/mm/yyyy`, also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`) as an ISO
 * date; an ISO date passes through; anything else is null.
 *
 * @example parseVietnameseDate('4/12/2025') // '2025-12-04'
 * @example parseVietnameseDate('31/02/2025') // null
 */
export function parseVietnameseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(value);
  if (!vn) return null;
  return isoDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
}

/** The ISO date `days` after (or before) `date`. @example shiftDate('2025-12-31', 1) // '2026-01-01' */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** The same day `months` later, clamped to the month's end. @example shiftMonth('2025-01-31', 1) // '2025-02-28' */
export function shiftMonth(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return existingDay(year, month, Math.min(d, last));
}

export interface GridDay {
  date: string;
  day: number;
  inMonth: boolean;
  weekend: boolean;
  /** A holiday or compensatory day off, or a swapped working Saturday. */
  marked: MarkedDay | null;
  /** Not a working day: a weekend (unless swapped to a working day) or a day off. */
  dayOff: boolean;
}

/**
 * The weeks (Monday first, as Vietnamese calendars print them) showing the month of `date`.
 *
 * @example monthGrid('2026-02-17', [{ date: '2026-02-17', name: 'Tết', kind: 'holiday' }])[3]?.[1]?.dayOff // true
 */
export function monthGrid(date: string, marked: readonly MarkedDay[]): GridDay[][] {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = existingDay(y, m, 1);
  const weekdayOfFirst = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const byDate = new Map(marked.map((d) => [d.date, d]));
  let cursor = shiftDate(first, -weekdayOfFirst);
  const weeks: GridDay[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      const [cy, cm, cd] = cursor.split('-').map(Number) as [number, number, number];
      const mark = byDate.get(cursor) ?? null;
      const weekend = i >= 5;
      week.push({
        date: cursor,
        day: cd,
        inMonth: cy === y && cm === m,
        weekend,
        marked: mark,
        dayOff: mark ? mark.kind !== 'swapped-workday' : weekend,
      });
      cursor = shiftDate(cursor, 1);
    }
    weeks.push(week);
    if (!cursor.startsWith(`${y}-${pad(m)}`)) break;
  }
  return weeks;
}

export const VIETNAMESE_MONTH_NAMES = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
export const VIETNAMESE_WEEKDAY_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
