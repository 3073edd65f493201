import { z } from 'zod';

/**
 * A year, named in its messages ("Năm kế hoạch phải là số."): the dialogues the system keeps run
 * from 2000 to 2100; the calendar itself computes from 1900 (calendar/lunar.ts), so its
 * procedures pass `min`.
 *
 * @example yearSchema('Năm báo cáo').safeParse(1999).error?.issues[0]?.message // 'Năm báo cáo phải từ 2000 đến 2100.'
 */
export function yearSchema(label = 'Năm', min = 2000) {
  const range = `${label} phải từ ${min} đến 2100.`;
  return z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, range)
    .max(2100, range);
}

/** The year of a filter or a list (plans, tasks, holidays, the dashboard). */
export const YearSchema = yearSchema();
