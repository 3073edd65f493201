/**
 * The month a report opens on: the one asked for in the address, else the current one
 * ("YYYY-MM", as `reports.monthlyProgress` takes it).
 *
 * @example reportMonth('2026-01', new Date('2026-03-02')) // '2026-01'
 * @example reportMonth(null, new Date('2026-03-02T03:00:00Z')) // '2026-03'
 */
export function reportMonth(asked: string | null, now: Date): string {
  if (asked && /^\d{4}-(0[1-9]|1[0-2])$/u.test(asked)) return asked;
  // Vietnam's date (UTC+7), whatever the machine's zone.
  const vietnam = new Date(now.getTime() + 7 * 3_600_000);
  return `${vietnam.getUTCFullYear()}-${String(vietnam.getUTCMonth() + 1).padStart(2, '0')}`;
}
