import {
  addWorkingDays,
  IsoDateSchema,
  LunarDateSchema,
  lunarToSolar,
  solarToLunar,
  yearSchema,
} from '@doithoai/domain';
import { z } from 'zod';
import { publicProcedure, router } from '../../trpc.js';
import {
  CalendarHolidaysSchema,
  CountedDateSchema,
  FromLunarSchema,
  ToLunarSchema,
} from './calendar-outputs.js';

/** The calendar computes from 1900 (the lunar tables), wider than the dialogues' years. */
const YearSchema = z.object({ year: yearSchema('Năm', 1900) });

const AddWorkingDaysInputSchema = z.object({
  // The holiday table covers 1900–2100; outside it only weekends are known, and near year 1 or
  // 9999 the count would leave the dates that exist at all.
  from: IsoDateSchema.refine((date) => date >= '1900-01-01' && date <= '2100-12-31', {
    message: 'Ngày bắt đầu phải trong khoảng 1900–2100.',
  }),
  days: z
    .number({ error: 'Số ngày phải là số.' })
    .int('Số ngày phải là số nguyên.')
    .min(-3660, 'Tối đa 3660 ngày.')
    .max(3660, 'Tối đa 3660 ngày.'),
});

/**
 * The public calendar contract for integrators (docs/api.md, "Public procedures"): names and shapes
 * are stable.
 */
export const calendarRouter = router({
  holidays: publicProcedure
    .input(YearSchema)
    .output(CalendarHolidaysSchema)
    .query(async ({ ctx, input }) => {
      const calendar = await ctx.calendar();
      return calendar
        .entriesForYear(input.year)
        .map(({ date, name, kind, source }) => ({ date, name, kind, source }));
    }),
  addWorkingDays: publicProcedure
    .input(AddWorkingDaysInputSchema)
    .output(CountedDateSchema)
    .query(async ({ ctx, input }) => addWorkingDays(await ctx.calendar(), input.from, input.days)),
  toLunar: publicProcedure
    .input(z.object({ date: IsoDateSchema }))
    .output(ToLunarSchema)
    .query(({ input }) => solarToLunar(input.date)),
  fromLunar: publicProcedure
    .input(LunarDateSchema)
    .output(FromLunarSchema)
    .query(({ input }) => ({ date: lunarToSolar(input) })),
});
