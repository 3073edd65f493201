import { z } from 'zod';
import { IsoDateSchema } from './civil-date.js';

/**
 * Kinds of entries in the holiday table (a stable public contract, see `calendar.holidays`):
 * - `holiday`: a statutory public holiday (Bộ luật Lao động 2019, Điều 112), a day off;
 * - `compensatory`: a day off given in place of another (nghỉ bù when a holiday falls on a
 *   weekend, or a weekday swapped off — nghỉ hoán đổi — against a Saturday worked);
 * - `swapped-workday`: a Saturday or Sunday that public servants work (làm bù).
 */
export const HolidayKindSchema = z.enum(['holiday', 'compensatory', 'swapped-workday'], {
  error: 'Loại ngày phải là holiday, compensatory hoặc swapped-workday.',
});
export type HolidayKind = z.infer<typeof HolidayKindSchema>;

export const HolidayEntrySchema = z.object({
  date: IsoDateSchema,
  /** Vietnamese name shown to users, e.g. "Tết Nguyên đán (mùng 1)". */
  name: z.string().trim().min(1, 'Tên ngày nghỉ không được để trống.'),
  kind: HolidayKindSchema,
  /** Where the entry comes from: a legal clause or an official notice with its number and date. */
  source: z.string().trim().min(1, 'Phải ghi nguồn (văn bản, điều khoản) của ngày nghỉ.'),
});
export type HolidayEntry = z.infer<typeof HolidayEntrySchema>;

/** True for kinds that make a day a day off. */
export function isDayOffKind(kind: HolidayKind): boolean {
  return kind !== 'swapped-workday';
}
