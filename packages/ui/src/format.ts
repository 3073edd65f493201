import { formatVietnameseDate } from '@doithoai/domain';

/**
 * A civil date as Vietnamese offices write it, or a dash when there is none.
 *
 * @example formatDate('2025-12-04') // '04/12/2025'
 * @example formatDate(null) // '—'
 */
export function formatDate(date: string | null | undefined): string {
  return date ? formatVietnameseDate(date) : '—';
}

/**
 * An instant (ISO-8601) as a date and time in Vietnam (UTC+7), whatever the browser's zone.
 *
 * @example formatInstant('2025-11-20T03:05:00.000Z') // '20/11/2025 10:05'
 */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '—';
  const shifted = new Date(new Date(instant).getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  return `${formatVietnameseDate(date)} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
