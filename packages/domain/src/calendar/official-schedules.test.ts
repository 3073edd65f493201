import { describe, expect, it } from 'vitest';
import { present } from '../testing/present.js';
import { addDays, dayOfWeek } from './civil-date.js';
import { HolidayEntrySchema, isDayOffKind } from './holiday.schema.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';
import {
  OFFICIAL_SCHEDULES,
  officialEntries,
  officialSchedule,
  officialScheduleYears,
} from './official-schedules.js';
import { isWeekendDay } from './statutory-holidays.js';

type Row = readonly [
  date: string,
  kind: 'holiday' | 'compensatory' | 'swapped-workday',
  sourceContains: string,
];

function expectRows(year: number, rows: readonly Row[]): void {
  const byDate = new Map(officialEntries(year).map((e) => [e.date, e]));
  for (const [date, kind, sourceContains] of rows) {
    const entry = byDate.get(date);
    expect(entry, date).toBeDefined();
    expect(entry?.kind, date).toBe(kind);
    expect(entry?.source, date).toContain(sourceContains);
  }
}

/** The days off and worked days of a year's schedule, as `date kind` lines, to compare whole years. */
const summary = (year: number) => officialEntries(year).map((e) => `${e.date} ${e.kind}`);

describe('2024 — Thông báo 5015/TB-LĐTBXH (22/11/2023), Công văn 2450/VPCP-KGVX (12/4/2024)', () => {
  it('Tết 08/02–14/02: five Tết days and two days in lieu for mùng 1, mùng 2 on the weekend', () => {
    expectRows(2024, [
      ['2024-02-08', 'holiday', '5015/TB-LĐTBXH ngày 22/11/2023'],
      ['2024-02-09', 'holiday', '5015/TB-LĐTBXH'],
      ['2024-02-10', 'holiday', '5015/TB-LĐTBXH'],
      ['2024-02-11', 'holiday', '5015/TB-LĐTBXH'],
      ['2024-02-12', 'holiday', '5015/TB-LĐTBXH'],
      ['2024-02-13', 'compensatory', 'Điều 111 khoản 3'],
      ['2024-02-14', 'compensatory', '5015/TB-LĐTBXH'],
    ]);
    expect(officialEntries(2024).find((e) => e.date === '2024-02-08')?.name).toBe(
      'Tết Nguyên đán (29 tháng Chạp)',
    );
  });

  it('Monday 29/4 off against Saturday 04/5 worked; Quốc khánh 2/9 + 3/9', () => {
    expectRows(2024, [
      ['2024-04-29', 'compensatory', '2450/VPCP-KGVX ngày 12/4/2024'],
      ['2024-05-04', 'swapped-workday', '2450/VPCP-KGVX ngày 12/4/2024'],
      ['2024-09-02', 'holiday', 'Điều 112 khoản 1 điểm đ'],
      ['2024-09-03', 'holiday', '5015/TB-LĐTBXH'],
    ]);
    expect(officialEntries(2024).find((e) => e.date === '2024-04-29')?.name).toBe(
      'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)',
    );
    expect(officialEntries(2024).find((e) => e.date === '2024-05-04')?.name).toBe(
      'Làm bù (cho ngày nghỉ hoán đổi thứ Hai 29/04/2024)',
    );
  });
});

describe('2025 — Thông báo 6150/TB-BLĐTBXH (03/12/2024), after Công văn 8726/VPCP-KGVX (26/11/2024)', () => {
  it('is exactly: 1/1; Tết 27/01–31/01 (the 25/01–02/02 break); Giỗ Tổ 7/4; 30/4–2/5 with Saturday 26/4 worked; 1/9–2/9', () => {
    expect(summary(2025)).toEqual([
      '2025-01-01 holiday',
      '2025-01-27 holiday',
      '2025-01-28 holiday',
      '2025-01-29 holiday',
      '2025-01-30 holiday',
      '2025-01-31 holiday',
      '2025-04-07 holiday',
      '2025-04-26 swapped-workday',
      '2025-04-30 holiday',
      '2025-05-01 holiday',
      '2025-05-02 compensatory',
      '2025-09-01 holiday',
      '2025-09-02 holiday',
    ]);
    expectRows(2025, [
      ['2025-01-27', 'holiday', '6150/TB-BLĐTBXH ngày 03/12/2024'],
      ['2025-01-31', 'holiday', '8726/VPCP-KGVX ngày 26/11/2024'],
      ['2025-05-02', 'compensatory', '6150/TB-BLĐTBXH'],
      ['2025-04-26', 'swapped-workday', '6150/TB-BLĐTBXH'],
      ['2025-09-01', 'holiday', '6150/TB-BLĐTBXH'],
      ['2025-04-07', 'holiday', 'Điều 112 khoản 1 điểm e'],
    ]);
    expect(officialEntries(2025).find((e) => e.date === '2025-05-02')?.name).toBe(
      'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)',
    );
  });
});

describe('2026 — Thông báo 9441/TB-BNV (16/10/2025), Công văn 12729/VPCP-KGVX (25/12/2025), NQ 28/2026/QH16', () => {
  it('is exactly the announced schedule', () => {
    expect(summary(2026)).toEqual([
      '2026-01-01 holiday',
      '2026-01-02 compensatory', // swapped for Saturday 10/01
      '2026-01-10 swapped-workday',
      '2026-02-16 holiday', // 29 tháng Chạp Ất Tỵ; the break runs Saturday 14/02 – Sunday 22/02
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday', // Giỗ Tổ on Sunday
      '2026-04-27 compensatory',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-08-22 swapped-workday',
      '2026-08-31 compensatory', // swapped for Saturday 22/8; the break runs 29/8 – 02/9
      '2026-09-01 holiday',
      '2026-09-02 holiday',
      '2026-11-24 holiday',
    ]);
    expectRows(2026, [
      ['2026-01-02', 'compensatory', '12729/VPCP-KGVX ngày 25/12/2025'],
      ['2026-01-10', 'swapped-workday', '12729/VPCP-KGVX'],
      ['2026-02-16', 'holiday', '9441/TB-BNV ngày 16/10/2025'],
      ['2026-02-20', 'holiday', '9441/TB-BNV'],
      ['2026-04-27', 'compensatory', 'Điều 111 khoản 3'],
      ['2026-08-22', 'swapped-workday', '9441/TB-BNV'],
      ['2026-08-31', 'compensatory', '9441/TB-BNV'],
      ['2026-09-01', 'holiday', '9441/TB-BNV'],
      ['2026-11-24', 'holiday', 'Nghị quyết số 28/2026/QH16 ngày 24/4/2026'],
    ]);
    expect(officialEntries(2026).find((e) => e.date === '2026-02-16')?.name).toBe(
      'Tết Nguyên đán (29 tháng Chạp)',
    );
  });
});

describe('2027 — Công văn 10065/VPCP-KGVX (02/10/2026)', () => {
  it('Tết 04/02–10/02 (mùng 1 on Saturday: two days in lieu); Quốc khánh 2/9 + 3/9; 1/5 Saturday made up on 3/5', () => {
    expectRows(2027, [
      ['2027-02-04', 'holiday', '10065/VPCP-KGVX ngày 02/10/2026'],
      ['2027-02-06', 'holiday', '10065/VPCP-KGVX'],
      ['2027-02-08', 'holiday', '10065/VPCP-KGVX'],
      ['2027-02-09', 'compensatory', '10065/VPCP-KGVX'],
      ['2027-02-10', 'compensatory', '10065/VPCP-KGVX'],
      ['2027-09-03', 'holiday', '10065/VPCP-KGVX'],
      ['2027-05-03', 'compensatory', 'Điều 111 khoản 3'],
      ['2027-11-24', 'holiday', '28/2026/QH16'],
    ]);
    expect(officialEntries(2027).some((e) => e.kind === 'swapped-workday')).toBe(false);
  });
});

describe('every official schedule', () => {
  const years = officialScheduleYears();

  it('covers 2024–2027', () => {
    expect(years).toEqual([2024, 2025, 2026, 2027]);
    expect(officialSchedule(2031)).toBeUndefined();
    expect(officialSchedule(Number('2025'))).toBe(OFFICIAL_SCHEDULES[2025]);
  });

  it.each(years.map((y) => [y]))(
    '%i: valid entries, in the year, one per date, each sourced',
    (year) => {
      const schedule = present(officialSchedule(year), `the official schedule of ${year}`);
      expect(schedule.source.trim()).not.toBe('');
      const dates = schedule.entries.map((e) => e.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const entry of schedule.entries) {
        expect(HolidayEntrySchema.parse(entry)).toEqual(entry);
        expect(entry.date.startsWith(`${year}-`), entry.date).toBe(true);
        // Worked days are weekend days; days off in lieu or swapped are weekdays.
        if (entry.kind === 'swapped-workday')
          expect(isWeekendDay(entry.date), entry.date).toBe(true);
        if (entry.kind === 'compensatory') expect(isWeekendDay(entry.date), entry.date).toBe(false);
        // Every document number an entry cites is among the year's sources (or the law's).
        for (const [number] of entry.source.matchAll(/\d+\/(?:TB|VPCP)-[A-ZĐ-]+/g)) {
          expect(schedule.source, `${entry.date} cites ${number}`).toContain(number);
        }
      }
    },
  );

  it.each(years.map((y) => [y]))(
    '%i: each weekend day worked is balanced by a swapped weekday off',
    (year) => {
      const entries = officialEntries(year);
      const worked = entries.filter((e) => e.kind === 'swapped-workday');
      const swappedOff = entries.filter((e) => e.name.startsWith('Nghỉ hoán đổi'));
      expect(swappedOff).toHaveLength(worked.length);
      for (const off of swappedOff) expect(isDayOffKind(off.kind)).toBe(true);
    },
  );

  it.each(years.map((y) => [y]))(
    '%i: agrees with the lunar calendar (mùng 1 Tết, 10/3 Giỗ Tổ)',
    (year) => {
      const entries = officialEntries(year);
      const tet = lunarNewYear(year);
      expect(entries.find((e) => e.date === tet)?.name).toBe('Tết Nguyên đán (mùng 1)');
      const hungKings = lunarToSolar({ year, month: 3, day: 10, leap: false });
      expect(entries.find((e) => e.date === hungKings)?.name).toBe(
        'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      );
      // Every holiday on a weekend that is not a Tết day of the notice has its day in lieu after it.
      for (const entry of entries) {
        if (
          entry.kind !== 'holiday' ||
          !isWeekendDay(entry.date) ||
          entry.name.startsWith('Tết Nguyên đán')
        )
          continue;
        expect(
          entries.some(
            (e) =>
              e.kind === 'compensatory' && e.date > entry.date && e.date <= addDays(entry.date, 7),
          ),
        ).toBe(true);
      }
    },
  );

  it('gives public servants five Tết days each year, and the Tết break holds no working weekday', () => {
    for (const year of years) {
      const entries = officialEntries(year);
      const tetDays = entries.filter((e) => e.name.startsWith('Tết Nguyên đán'));
      expect(tetDays, String(year)).toHaveLength(5);
      const first = present(tetDays[0], 'the first day of Tết').date;
      const last = present(tetDays[4], 'the fifth day of Tết').date;
      const off = new Set(entries.filter((e) => isDayOffKind(e.kind)).map((e) => e.date));
      for (let d = first; d <= last; d = addDays(d, 1)) {
        expect(off.has(d) || dayOfWeek(d) % 6 === 0, d).toBe(true);
      }
    }
  });

  it('is not mutated through officialEntries', () => {
    const copy = officialEntries(2025);
    present(copy[0], 'the first entry of 2025').name = 'changed';
    copy.pop();
    expect(officialEntries(2025)[0]?.name).toBe('Tết Dương lịch');
    expect(officialEntries(2025)).toHaveLength(13);
  });
});
