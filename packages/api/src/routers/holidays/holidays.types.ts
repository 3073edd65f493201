import { HolidayEntrySchema, IdSchema, requiredText, YearSchema } from '@doithoai/domain';
import { z } from 'zod';

export const ListHolidaysInputSchema = z
  .object({
    year: YearSchema.optional(),
    includeRetired: z.boolean({ error: 'includeRetired phải là đúng hoặc sai.' }).optional(),
  })
  .optional();

/** The domain's entry (date, name, kind, source — all required); the calendar covers 2000–2100. */
export const AddHolidayInputSchema = HolidayEntrySchema.refine(
  (entry) => entry.date >= '2000-01-01' && entry.date <= '2100-12-31',
  { path: ['date'], message: 'Ngày nghỉ bổ sung phải trong khoảng năm 2000 đến 2100.' },
);

export const RetireHolidayInputSchema = z.object({
  id: IdSchema,
  reason: requiredText('Lý do thu hồi', 1000),
});
