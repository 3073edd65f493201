import { HolidayEntrySchema, IsoDateSchema, LunarDateSchema } from '@doithoai/domain';
import { z } from 'zod';

// What `calendar.*` returns: the public calendar contract for integrators (docs/api.md, "Public
// procedures"), built from the domain's own schemas; tRPC checks every reply against them.

/** `calendar.holidays`: every entry of the year's holiday table, each with its source. */
export const CalendarHolidaysSchema = z.array(HolidayEntrySchema);

/** A day off passed over while counting, with why (a weekend's name, a holiday's name). */
export const SkippedDaySchema = z.object({ date: IsoDateSchema, reason: z.string() });

/** `calendar.addWorkingDays`: the date reached and the days off passed over on the way. */
export const CountedDateSchema = z.object({
  date: IsoDateSchema,
  skipped: z.array(SkippedDaySchema),
});

/** `calendar.toLunar`: the lunar date (âm lịch) of a solar date. */
export const ToLunarSchema = LunarDateSchema;

/** `calendar.fromLunar`: the solar date of a lunar date. */
export const FromLunarSchema = z.object({ date: IsoDateSchema });
