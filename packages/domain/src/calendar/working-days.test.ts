import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './civil-date.js';
import type { HolidayEntry } from './holiday.schema.js';
import { createWorkingCalendar } from './working-calendar.js';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
} from './working-days.js';

// A small injected table, so these tests exercise the arithmetic alone.
const TABLE: HolidayEntry[] = [
  { date: '2025-12-24', name: 'Ngày nghỉ thử nghiệm', kind: 'holiday', source: 'bảng thử nghiệm' },
  {
    date: '2025-12-26',
    name: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/12/2025)',
    kind: 'compensatory',
    source: 'bảng thử nghiệm',
  },
  {
    date: '2025-12-20',
    name: 'Làm bù cho thứ Sáu 26/12/2025',
    kind: 'swapped-workday',
    source: 'bảng thử nghiệm',
  },
];
const calendar = createWorkingCalendar((year) =>
  TABLE.filter((e) => e.date.startsWith(`${year}-`)),
);
const plainCalendar = createWorkingCalendar(() => []);

describe('addWorkingDays', () => {
  it('counts from the day after the event and skips the weekend, saying why', () => {
    const result = addWorkingDays(plainCalendar, '2025-12-10', 7);
    expect(result.date).toBe('2025-12-19');
    expect(result.skipped).toEqual([
      { date: '2025-12-13', reason: 'Thứ Bảy' },
      { date: '2025-12-14', reason: 'Chủ nhật' },
    ]);
  });

  it('counts backwards for a negative count, listing skipped days in date order', () => {
    const result = addWorkingDays(plainCalendar, '2025-12-10', -7);
    expect(result.date).toBe('2025-12-01');
    expect(result.skipped.map((s) => s.date)).toEqual(['2025-12-06', '2025-12-07']);
  });

  it('returns the start unchanged for zero days', () => {
    expect(addWorkingDays(plainCalendar, '2025-12-13', 0)).toEqual({
      date: '2025-12-13',
      skipped: [],
    });
  });

  it('skips days off from the holiday table and counts a swapped working Saturday', () => {
    // 19/12 Fri → 20/12 Sat (worked) = 1, 22 = 2, 23 = 3, 24 off, 25 = 4, 26 off (swapped), 27–28 weekend, 29 = 5
    const result = addWorkingDays(calendar, '2025-12-19', 5);
    expect(result.date).toBe('2025-12-29');
    expect(result.skipped).toEqual([
      { date: '2025-12-21', reason: 'Chủ nhật' },
      { date: '2025-12-24', reason: 'Ngày nghỉ thử nghiệm' },
      { date: '2025-12-26', reason: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/12/2025)' },
      { date: '2025-12-27', reason: 'Thứ Bảy' },
      { date: '2025-12-28', reason: 'Chủ nhật' },
    ]);
  });

  it('counts thousands of working days: the guard bounds a run of days off, not the whole count', () => {
    // 2,498 (or 3,660) working days pass over more than 3,660 calendar days (issue 17: a 500).
    for (const days of [2498, 3660, -3660]) {
      const { date } = addWorkingDays(plainCalendar, '2026-01-01', days);
      const [low, high] = days > 0 ? ['2026-01-01', date] : [date, '2026-01-01'];
      expect(countWorkingDaysBetween(plainCalendar, low, high)).toBe(Math.abs(days) - 1);
    }
  });

  it('still stops on a holiday table that, by mistake, leaves no working day at all', () => {
    const closed = createWorkingCalendar((year) =>
      Array.from({ length: 366 }, (_, n) => addDays(`${year}-01-01`, n))
        .filter((date) => date.startsWith(`${year}-`))
        .map((date) => ({ date, name: 'Nghỉ', kind: 'holiday' as const, source: 'bảng hỏng' })),
    );
    expect(() => addWorkingDays(closed, '2026-01-01', 1)).toThrow(RangeError);
  });

  it('rejects a fractional count', () => {
    expect(() => addWorkingDays(plainCalendar, '2025-12-10', 1.5)).toThrow(RangeError);
  });

  it('describes a table entry with its source', () => {
    expect(calendar.describeDay('2025-12-24')).toMatchObject({
      isWorkingDay: false,
      entry: { source: 'bảng thử nghiệm' },
    });
    expect(calendar.describeDay('2025-12-20')).toMatchObject({
      isWorkingDay: true,
      reason: 'Làm bù cho thứ Sáu 26/12/2025',
    });
  });
});

describe('rolling to a working day', () => {
  it('moves a Saturday forward to Monday and backward to Friday', () => {
    expect(nextWorkingDayOnOrAfter(plainCalendar, '2025-12-13').date).toBe('2025-12-15');
    expect(previousWorkingDayOnOrBefore(plainCalendar, '2025-12-13').date).toBe('2025-12-12');
  });

  it('leaves a working day where it is', () => {
    expect(nextWorkingDayOnOrAfter(plainCalendar, '2025-12-10')).toEqual({
      date: '2025-12-10',
      skipped: [],
    });
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts only the days strictly between, in either order', () => {
    expect(countWorkingDaysBetween(plainCalendar, '2025-11-28', '2025-12-10')).toBe(7);
    expect(countWorkingDaysBetween(plainCalendar, '2025-12-10', '2025-11-28')).toBe(7);
  });
});

describe('working-day arithmetic properties (any table)', () => {
  const dateArbitrary = fc
    .integer({ min: 0, max: 365 * 3 })
    .map((offset) => addDays('2024-06-01', offset));

  it('never lands on a day off', () => {
    fc.assert(
      fc.property(
        dateArbitrary,
        fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
        (date, days) => {
          expect(calendar.isWorkingDay(addWorkingDays(calendar, date, days).date)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adding then subtracting N working days returns a working start day', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 1, max: 60 }), (date, days) => {
        const start = nextWorkingDayOnOrAfter(calendar, date).date;
        const there = addWorkingDays(calendar, start, days).date;
        expect(addWorkingDays(calendar, there, -days).date).toBe(start);
        expect(countWorkingDaysBetween(calendar, start, there)).toBe(days - 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('counting working days over long spans', () => {
  it('matches a day-by-day walk across several years and the swapped days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 900 }),
        (startOffset, length) => {
          const from = addDays('2023-06-01', startOffset);
          const to = addDays(from, length);
          let walked = 0;
          for (let i = 1; i <= length; i += 1)
            if (calendar.isWorkingDay(addDays(from, i))) walked += 1;
          expect(countWorkingDaysBetween(calendar, from, addDays(to, 1))).toBe(walked);
        },
      ),
      { numRuns: 200 },
    );
  });
});
