import { yearSchema } from '../common/year.schema.js';
import { z } from 'zod';
import { daysInMonth, formatIsoDate, type IsoDate } from '../calendar/civil-date.js';

/**
 * The periods a Party committee reports on its dialogue work (Quy định 11-QĐi/TW, as amended
 * in 2025: monthly, quarterly, 6 months, 9 months, yearly). The 6-, 9-month and yearly
 * reports are cumulative from 1 January; a month or a quarter stands alone.
 */
export const REPORTING_PERIODS = ['month', 'quarter', '6-months', '9-months', 'year'] as const;
export const ReportingPeriodKindSchema = z.enum(REPORTING_PERIODS, {
  error: 'Kỳ báo cáo phải là tháng, quý, 6 tháng, 9 tháng hoặc năm.',
});
export type ReportingPeriodKind = z.infer<typeof ReportingPeriodKindSchema>;

/** How many periods of a kind a year has (index 1…n). */
const PERIODS_PER_YEAR = {
  month: 12,
  quarter: 4,
  '6-months': 1,
  '9-months': 1,
  year: 1,
} as const satisfies Record<ReportingPeriodKind, number>;

export const ReportingPeriodSchema = z
  .object({
    year: yearSchema('Năm báo cáo'),
    period: ReportingPeriodKindSchema,
    index: z.number({ error: 'Số thứ tự kỳ báo cáo phải là số.' }).int().min(1).default(1),
  })
  .refine((p) => p.index <= PERIODS_PER_YEAR[p.period], {
    message: 'Số thứ tự kỳ báo cáo không hợp lệ (tháng 1–12, quý 1–4; 6 tháng, 9 tháng, năm: 1).',
    path: ['index'],
  });
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The months a period covers, first and last (1–12). */
function monthSpan(period: ReportingPeriod): [number, number] {
  switch (period.period) {
    case 'month':
      return [period.index, period.index];
    case 'quarter':
      return [3 * period.index - 2, 3 * period.index];
    case '6-months':
      return [1, 6];
    case '9-months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

const LABELS = {
  month: (p) => `Tháng ${p.index} năm ${p.year}`,
  quarter: (p) => `Quý ${ROMAN[p.index - 1] ?? p.index} năm ${p.year}`,
  '6-months': (p) => `6 tháng đầu năm ${p.year}`,
  '9-months': (p) => `9 tháng đầu năm ${p.year}`,
  year: (p) => `Năm ${p.year}`,
} as const satisfies Record<ReportingPeriodKind, (p: ReportingPeriod) => string>;

/**
 * The first and last day of a reporting period, with its Vietnamese title.
 *
 * @example reportingPeriodRange({ year: 2025, period: 'quarter', index: 4 }) // { from: '2025-10-01', to: '2025-12-31', label: 'Quý IV năm 2025' }
 */
export function reportingPeriodRange(period: ReportingPeriod): {
  from: IsoDate;
  to: IsoDate;
  label: string;
} {
  const [first, last] = monthSpan(period);
  return {
    from: formatIsoDate(period.year, first, 1),
    to: formatIsoDate(period.year, last, daysInMonth(period.year, last)),
    label: LABELS[period.period](period),
  };
}
