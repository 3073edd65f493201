import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { reportingPeriodRange, ReportingPeriodSchema } from './reporting-period.js';

describe('reportingPeriodRange', () => {
  it.each([
    [{ year: 2025, period: 'month', index: 2 }, '2025-02-01', '2025-02-28', 'Tháng 2 năm 2025'],
    [{ year: 2024, period: 'month', index: 2 }, '2024-02-01', '2024-02-29', 'Tháng 2 năm 2024'],
    [{ year: 2025, period: 'quarter', index: 4 }, '2025-10-01', '2025-12-31', 'Quý IV năm 2025'],
    [
      { year: 2025, period: '6-months', index: 1 },
      '2025-01-01',
      '2025-06-30',
      '6 tháng đầu năm 2025',
    ],
    [
      { year: 2025, period: '9-months', index: 1 },
      '2025-01-01',
      '2025-09-30',
      '9 tháng đầu năm 2025',
    ],
    [{ year: 2025, period: 'year', index: 1 }, '2025-01-01', '2025-12-31', 'Năm 2025'],
  ] as const)('%j runs from %s to %s (%s)', (period, from, to, label) => {
    expect(reportingPeriodRange(period)).toEqual({ from, to, label });
  });
});

describe('ReportingPeriodSchema', () => {
  it('refuses a fifth quarter and a second 9-month period, in Vietnamese', () => {
    expect(
      messagesAt(ReportingPeriodSchema, { year: 2025, period: 'quarter', index: 5 }, ['index'])[0],
    ).toContain('quý 1–4');
    expect(
      messagesAt(ReportingPeriodSchema, { year: 2025, period: '9-months', index: 2 }, ['index'])
        .length,
    ).toBe(1);
  });
  it('defaults the index to 1', () => {
    expect(ReportingPeriodSchema.parse({ year: 2025, period: 'year' }).index).toBe(1);
  });
});
