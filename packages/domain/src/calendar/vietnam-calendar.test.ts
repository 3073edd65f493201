import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './civil-date.js';
import { createVietnamWorkingCalendar } from './vietnam-calendar.js';
import { addWorkingDays, nextWorkingDayOnOrAfter } from './working-days.js';

const calendar = createVietnamWorkingCalendar();

describe('the Vietnamese working calendar', () => {
  it('knows Tết Bính Ngọ 2026 as days off, with the source of each', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-20']) {
      const info = calendar.describeDay(date);
      expect(info.isWorkingDay).toBe(false);
      expect(info.entry?.source).toMatch(/9441\/TB-BNV/);
    }
  });

  it('counts the swapped Saturday 10/01/2026 as a working day and Friday 02/01/2026 as a day off', () => {
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
  });

  it('gives Vietnamese Culture Day 24/11/2026 off', () => {
    expect(calendar.describeDay('2026-11-24')).toMatchObject({
      isWorkingDay: false,
      entry: { kind: 'holiday' },
    });
  });

  it('accepts an administrator addition with its source', () => {
    const withAddition = createVietnamWorkingCalendar([
      {
        date: '2031-09-05',
        name: 'Nghỉ hoán đổi (thử nghiệm)',
        kind: 'compensatory',
        source: 'Thông báo thử nghiệm số 1/TB-BNV',
      },
    ]);
    expect(withAddition.isWorkingDay('2031-09-05')).toBe(false);
    expect(calendar.isWorkingDay('2031-09-05')).toBe(true);
  });

  it('skips the whole Tết break when counting across it, saying why for each day', () => {
    const result = addWorkingDays(calendar, '2026-02-06', 7);
    expect(result.date).toBe('2026-02-24');
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2026-02-07',
      '2026-02-08',
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(result.skipped.find((s) => s.date === '2026-02-17')?.reason).toMatch(/Tết/);
  });

  it('works at both ends of the supported range, 1900 and 2100', () => {
    // Tết Canh Tý: 30/01–03/02/1900 off, mùng 4 on a Saturday made up on Monday 05/02.
    expect(addWorkingDays(calendar, '1900-01-02', 30).date).toBe('1900-02-20');
    expect(calendar.isWorkingDay(addWorkingDays(calendar, '2100-12-01', 20).date)).toBe(true);
  });
});

describe('working-day properties over 1900–2100', () => {
  const anyDate = fc.integer({ min: 0, max: 73_000 }).map((n) => addDays('1900-01-15', n));
  const days = fc.integer({ min: 1, max: 45 });

  it('a deadline never lands on a day off', () => {
    fc.assert(
      fc.property(anyDate, days, fc.boolean(), (date, n, backwards) => {
        expect(calendar.isWorkingDay(addWorkingDays(calendar, date, backwards ? -n : n).date)).toBe(
          true,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('adding then subtracting N working days returns to a working start day', () => {
    fc.assert(
      fc.property(anyDate, days, (date, n) => {
        const start = nextWorkingDayOnOrAfter(calendar, date).date;
        expect(addWorkingDays(calendar, addWorkingDays(calendar, start, n).date, -n).date).toBe(
          start,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same answer whatever the process time zone', () => {
    const original = process.env.TZ;
    try {
      const answers = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Kiritimati'].map(
        (zone) => {
          process.env.TZ = zone;
          return addWorkingDays(createVietnamWorkingCalendar(), '2026-02-06', 7).date;
        },
      );
      expect(new Set(answers)).toEqual(new Set(['2026-02-24']));
    } finally {
      process.env.TZ = original;
    }
  });
});
