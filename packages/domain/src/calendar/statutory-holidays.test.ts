import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './civil-date.js';
import { lunarNewYear } from './lunar.js';
import {
  CULTURE_DAY_FIRST_YEAR,
  LEGAL_SOURCES,
  STATUTORY_FIRST_YEAR,
  STATUTORY_LAST_YEAR,
  isWeekendDay,
  nationalDayAdjacentDay,
  statutoryHolidays,
} from './statutory-holidays.js';

const ALL_YEARS = Array.from(
  { length: STATUTORY_LAST_YEAR - STATUTORY_FIRST_YEAR + 1 },
  (_, i) => STATUTORY_FIRST_YEAR + i,
);
const table = (year: number) => statutoryHolidays(year).map((e) => [e.date, e.kind] as const);
const entryOn = (year: number, date: string) =>
  statutoryHolidays(year).find((e) => e.date === date);

describe('statutoryHolidays — a year without a notice', () => {
  it('2031: Tết is giao thừa + mùng 1..4; mùng 3 and mùng 4 on the weekend are made up Monday and Tuesday', () => {
    expect(table(2031)).toEqual([
      ['2031-01-01', 'holiday'],
      ['2031-01-22', 'holiday'], // 29 tháng Chạp
      ['2031-01-23', 'holiday'], // mùng 1 (Thursday)
      ['2031-01-24', 'holiday'],
      ['2031-01-25', 'holiday'], // mùng 3, Saturday
      ['2031-01-26', 'holiday'], // mùng 4, Sunday
      ['2031-01-27', 'compensatory'],
      ['2031-01-28', 'compensatory'],
      ['2031-04-01', 'holiday'], // 10/3 Tân Hợi
      ['2031-04-30', 'holiday'],
      ['2031-05-01', 'holiday'],
      ['2031-09-01', 'holiday'], // 2/9 is a Tuesday → the adjacent day is Monday 1/9
      ['2031-09-02', 'holiday'],
      ['2031-11-24', 'holiday'],
    ]);
    expect(entryOn(2031, '2031-01-22')?.name).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(entryOn(2031, '2031-01-22')?.source).toContain('Điều 112 khoản 1 điểm b');
    expect(entryOn(2031, '2031-01-27')).toMatchObject({
      name: 'Nghỉ bù: Tết Nguyên đán (mùng 3) trùng thứ Bảy 25/01/2031',
      source: expect.stringContaining(LEGAL_SOURCES.dayInLieu) as unknown,
    });
  });

  it('2045: 1/1 and 30/4 on Sunday, 2/9 on Saturday each give a day in lieu (Điều 111 khoản 3)', () => {
    const entries = statutoryHolidays(2045);
    const inLieu = entries.filter((e) => e.kind === 'compensatory').map((e) => e.date);
    expect(inLieu).toEqual(['2045-01-02', '2045-02-21', '2045-02-22', '2045-05-02', '2045-09-04']);
    expect(entryOn(2045, '2045-01-02')?.name).toBe(
      'Nghỉ bù: Tết Dương lịch trùng chủ nhật 01/01/2045',
    );
    expect(entryOn(2045, '2045-09-01')?.name).toBe('Quốc khánh (ngày liền kề 1/9)');
    expect(entryOn(2045, '2045-09-04')?.source).toContain('Điều 111 khoản 3');
  });

  it('2033: 1/1 on Saturday → Monday 3/1; a Sunday giao thừa is made up after the Tết days', () => {
    expect(entryOn(2033, '2033-01-03')?.kind).toBe('compensatory');
    expect(entryOn(2033, '2033-02-04')?.name).toBe(
      'Nghỉ bù: Tết Nguyên đán (30 tháng Chạp) trùng chủ nhật 30/01/2033',
    );
    // Giỗ Tổ Saturday 9/4 → Monday 11/4; 30/4 Saturday and 1/5 Sunday → 2/5 and 3/5.
    expect(
      statutoryHolidays(2033)
        .filter((e) => e.kind === 'compensatory')
        .map((e) => e.date),
    ).toEqual(['2033-01-03', '2033-02-04', '2033-04-11', '2033-05-02', '2033-05-03']);
  });

  it('2029: 2/9 on Sunday → adjacent Monday 3/9 and a day in lieu on Tuesday 4/9', () => {
    expect(entryOn(2029, '2029-09-03')?.name).toBe('Quốc khánh (ngày liền kề 3/9)');
    expect(entryOn(2029, '2029-09-04')?.kind).toBe('compensatory');
  });

  it('merges two holidays on one date (1947: Giỗ Tổ on 30/4), with one day in lieu at most', () => {
    const merged = entryOn(1947, '1947-04-30');
    expect(merged?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch); Ngày Chiến thắng (30/4)');
    expect(merged?.source).toContain('điểm e');
    expect(merged?.source).toContain('điểm c');
  });

  it('refuses years outside 1900–2100 and non-integers', () => {
    expect(() => statutoryHolidays(1899)).toThrow(RangeError);
    expect(() => statutoryHolidays(2101)).toThrow(RangeError);
    expect(() => statutoryHolidays(2030.5)).toThrow(RangeError);
    expect(statutoryHolidays(1900).length).toBeGreaterThan(10);
    expect(statutoryHolidays(2100).length).toBeGreaterThan(10);
  });
});

describe('Ngày Văn hóa Việt Nam 24/11 (Nghị quyết 28/2026/QH16, Điều 2, in force 01/7/2026)', () => {
  it('is a day off from 2026, not before', () => {
    expect(entryOn(2025, '2025-11-24')).toBeUndefined();
    expect(entryOn(2026, '2026-11-24')).toMatchObject({
      kind: 'holiday',
      source: expect.stringContaining('28/2026/QH16') as unknown,
    });
    expect(CULTURE_DAY_FIRST_YEAR).toBe(2026);
  });

  it('is not made up when it falls on a weekend (not a holiday of Điều 112 khoản 1)', () => {
    for (const year of [2029, 2030]) {
      expect(isWeekendDay(`${year}-11-24`)).toBe(true);
      expect(statutoryHolidays(year).filter((e) => e.date > `${year}-11-24`)).toEqual([]);
    }
  });
});

describe('nationalDayAdjacentDay — the day joining 2/9 to a weekend', () => {
  // Each year's decision: 2021 4875/TB-LĐTBXH, 2022 119/TB-LĐTBXH, 2023 5034/TB-LĐTBXH (as other
  // holiday tables cite them); 2024 5015/TB-LĐTBXH, 2025 6150/TB-BLĐTBXH, 2026 9441/TB-BNV,
  // 2027 10065/VPCP-KGVX.
  it.each([
    [2021, '2021-09-03'], // Thursday 2/9
    [2022, '2022-09-01'], // Friday
    [2023, '2023-09-01'], // Saturday
    [2024, '2024-09-03'], // Monday
    [2025, '2025-09-01'], // Tuesday
    [2026, '2026-09-01'], // Wednesday
    [2027, '2027-09-03'], // Thursday
  ])('matches the decision of %i', (year, expected) => {
    expect(nationalDayAdjacentDay(year)).toBe(expected);
  });
});

describe('statutoryHolidays — every year 1900–2100', () => {
  it.each(ALL_YEARS.map((year) => [year]))(
    '%i: dates in the year, unique, sorted, sourced; days in lieu on weekdays',
    (year) => {
      const entries = statutoryHolidays(year);
      const dates = entries.map((e) => e.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const entry of entries) {
        expect(entry.date.startsWith(`${year}-`)).toBe(true);
        expect(entry.source.trim()).not.toBe('');
        expect(entry.name.trim()).not.toBe('');
        expect(entry.kind).not.toBe('swapped-workday');
        if (entry.kind === 'compensatory') expect(isWeekendDay(entry.date)).toBe(false);
      }
      // One day in lieu per holiday of Điều 112 khoản 1 on a weekend (24/11 excluded).
      const weekendHolidays = entries.filter(
        (e) => e.kind === 'holiday' && isWeekendDay(e.date) && !e.date.endsWith('-11-24'),
      );
      expect(entries.filter((e) => e.kind === 'compensatory')).toHaveLength(weekendHolidays.length);
    },
  );

  it('Tết is five consecutive days: the eve of mùng 1 and mùng 1..4 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: STATUTORY_FIRST_YEAR, max: STATUTORY_LAST_YEAR }), (year) => {
        const tet = statutoryHolidays(year).filter(
          (e) => e.kind === 'holiday' && e.name.startsWith('Tết Nguyên đán'),
        );
        const first = lunarNewYear(year);
        expect(tet.map((e) => e.date)).toEqual([-1, 0, 1, 2, 3].map((n) => addDays(first, n)));
        expect(tet[1]?.name).toBe('Tết Nguyên đán (mùng 1)');
      }),
    );
  });

  it('days off on weekdays add up to the 11 statutory days (+24/11 on a weekday from 2026), merges aside', () => {
    for (const year of ALL_YEARS) {
      const entries = statutoryHolidays(year);
      const merges = entries.filter((e) => e.name.includes(';')).length;
      const cultureOnWeekday =
        year >= CULTURE_DAY_FIRST_YEAR && !isWeekendDay(`${year}-11-24`) ? 1 : 0;
      const weekdayDaysOff = entries.filter((e) => !isWeekendDay(e.date)).length;
      expect(weekdayDaysOff).toBe(11 - merges + cultureOnWeekday);
    }
  });
});
