import { IdSchema, ReportingPeriodSchema, YearSchema } from '@doithoai/domain';
import { z } from 'zod';

/** Narrows a province viewer's report to one of its communes. */
const AdminUnitCodeFilter = z.string().trim().min(1).max(10).optional();

export const DashboardInputSchema = z.object({
  /** The plans' year: the dashboard counts one period, never all history. */
  year: YearSchema,
  adminUnitCode: AdminUnitCodeFilter,
});

export const RegisterInputSchema = z.object({ planId: IdSchema });

export const MonthlyProgressInputSchema = z.object({
  planId: IdSchema,
  /** "YYYY-MM". */
  month: z
    .string({ error: 'Cần chọn tháng báo cáo (YYYY-MM).' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng báo cáo phải có dạng YYYY-MM (ví dụ 2026-01).'),
});

export const PeriodicInputSchema = ReportingPeriodSchema.and(
  z.object({ adminUnitCode: AdminUnitCodeFilter }),
);
