import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { countPeriod, fixedDeadline } from './period.js';

const calendar = createWorkingCalendar(() => []);

describe('countPeriod: "at least N working days before" (safe reading)', () => {
  it('gives 28/11/2025 for 7 working days before a dialogue on 10/12/2025, naming the other reading (01/12)', () => {
    const result = countPeriod(calendar, '2025-12-10', {
      offset: 7,
      unit: 'working-days',
      direction: 'before',
    });
    expect(result.date).toBe('2025-11-28');
    expect(result.reading).toBe('whole-working-days-before');
    expect(result.explanation).toContain('cách hiểu an toàn');
    expect(result.explanation).toContain('01/12/2025');
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2025-11-29',
      '2025-11-30',
      '2025-12-06',
      '2025-12-07',
    ]);
  });
});

describe('countPeriod: calendar days', () => {
  it('rolls a period ending on a Sunday to the next working day (Civil Code art. 148)', () => {
    // 10/12/2025 + 4 days = Sunday 14/12 → Monday 15/12
    const result = countPeriod(calendar, '2025-12-10', {
      offset: 4,
      unit: 'calendar-days',
      direction: 'after',
    });
    expect(result.date).toBe('2025-12-15');
    expect(result.explanation).toContain('Điều 148');
  });

  it('keeps a period ending on a working day as it is', () => {
    expect(
      countPeriod(calendar, '2025-12-10', { offset: 30, unit: 'calendar-days', direction: 'after' })
        .date,
    ).toBe('2026-01-09');
  });

  it('requires N whole days between for "at least N days before" and moves a day off earlier', () => {
    // 7 whole days between → 02/12 (Tue) for 10/12
    expect(
      countPeriod(calendar, '2025-12-10', { offset: 7, unit: 'calendar-days', direction: 'before' })
        .date,
    ).toBe('2025-12-02');
    // 7 whole days before Monday 15/12 → Sunday 07/12 → shown as Friday 05/12
    const rolled = countPeriod(calendar, '2025-12-15', {
      offset: 7,
      unit: 'calendar-days',
      direction: 'before',
    });
    expect(rolled.date).toBe('2025-12-05');
    expect(rolled.explanation).toContain('07/12/2025');
  });
});

describe('countPeriod: working days after', () => {
  it('gives the Nth working day after the event', () => {
    const result = countPeriod(calendar, '2025-12-10', {
      offset: 7,
      unit: 'working-days',
      direction: 'after',
    });
    expect(result.date).toBe('2025-12-19');
    expect(result.explanation).toContain('Điều 147');
  });
});

describe('fixedDeadline', () => {
  it('explains a date fixed by the plan with its reason', () => {
    const result = fixedDeadline('2025-12-04', 'Kế hoạch mục IV.5');
    expect(result).toMatchObject({ date: '2025-12-04', reading: 'fixed-date' });
    expect(result.explanation).toContain('04/12/2025');
  });
});
