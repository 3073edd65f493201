import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { present } from '../testing/present.js';
import { DomainError } from '../errors/domain-error.js';
import { formatIsoDate } from './civil-date.js';
import type { HolidayEntry } from './holiday.schema.js';
import { describeHolidaySource, holidaysForYear } from './holiday-table.js';
import { officialEntries } from './official-schedules.js';
import { isWeekendDay, statutoryHolidays } from './statutory-holidays.js';

const addition = (date: string, overrides: Partial<HolidayEntry> = {}): HolidayEntry => ({
  date,
  name: 'Nghỉ hoán đổi (làm bù thứ Bảy 28/11/2026)',
  kind: 'compensatory',
  source: 'Thông báo của Bộ Nội vụ (ví dụ kiểm thử)',
  ...overrides,
});

function expectInvalid(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('HOLIDAY_ENTRY_INVALID');
    expect((error as DomainError).category).toBe('invalid');
    return error as DomainError;
  }
  throw new Error('expected a HOLIDAY_ENTRY_INVALID error');
}

describe('holidaysForYear — which table', () => {
  it('uses the official schedule when the year has one, replacing the statutory computation', () => {
    expect(describeHolidaySource(2025)).toBe('official');
    expect(holidaysForYear(2025)).toEqual(officialEntries(2025));
    // The statutory reading would give Tết 28/01–01/02 and a day in lieu on 03/02; the notice gave 27/01–31/01.
    const dates = holidaysForYear(2025).map((e) => e.date);
    expect(dates).toContain('2025-01-27');
    expect(dates).not.toContain('2025-02-03');
    expect(holidaysForYear(2025).find((e) => e.date === '2025-04-26')).toMatchObject({
      kind: 'swapped-workday',
      source: expect.stringContaining('6150/TB-BLĐTBXH') as unknown,
    });
  });

  it('falls back to the statutory computation', () => {
    expect(describeHolidaySource(2031)).toBe('statutory');
    expect(describeHolidaySource(2023)).toBe('statutory');
    expect(holidaysForYear(2031)).toEqual(statutoryHolidays(2031));
  });

  it('2026: the 2/9 break with Saturday 22/8 worked, and 24/11', () => {
    const entries = holidaysForYear(2026);
    expect(
      entries
        .filter((e) => e.date >= '2026-08-01' && e.date <= '2026-09-30')
        .map((e) => [e.date, e.kind]),
    ).toEqual([
      ['2026-08-22', 'swapped-workday'],
      ['2026-08-31', 'compensatory'],
      ['2026-09-01', 'holiday'],
      ['2026-09-02', 'holiday'],
    ]);
    expect(entries.at(-1)).toMatchObject({
      date: '2026-11-24',
      name: 'Ngày Văn hóa Việt Nam (24/11)',
    });
  });
});

describe('holidaysForYear — administrator additions', () => {
  it('adds a newly announced swap (a day off and the Saturday worked)', () => {
    const entries = holidaysForYear(2031, [
      addition('2031-09-05', { name: 'Nghỉ hoán đổi (làm bù thứ Bảy 13/09/2031)' }),
      addition('2031-09-13', { name: 'Làm bù', kind: 'swapped-workday' }),
    ]);
    expect(entries.find((e) => e.date === '2031-09-05')?.kind).toBe('compensatory');
    expect(entries.find((e) => e.date === '2031-09-13')?.kind).toBe('swapped-workday');
    expect(entries).toHaveLength(statutoryHolidays(2031).length + 2);
  });

  it('replaces the computed entry of the same date', () => {
    const replacement = addition('2026-09-01', {
      name: 'Quốc khánh (sửa)',
      kind: 'holiday',
      source: 'Văn bản sửa đổi',
    });
    const entries = holidaysForYear(2026, [replacement]);
    expect(entries.filter((e) => e.date === '2026-09-01')).toEqual([replacement]);
    expect(entries).toHaveLength(officialEntries(2026).length);
  });

  it('ignores additions dated in other years, so the whole list can be passed', () => {
    expect(holidaysForYear(2031, [addition('2030-12-31'), addition('2032-01-02')])).toEqual(
      statutoryHolidays(2031),
    );
  });

  it('trims names and sources', () => {
    const entries = holidaysForYear(2031, [
      addition('2031-06-02', { name: '  Ngày nghỉ  ', source: '  Quyết định X  ' }),
    ]);
    expect(entries.find((e) => e.date === '2031-06-02')).toMatchObject({
      name: 'Ngày nghỉ',
      source: 'Quyết định X',
    });
  });

  it('refuses an invalid addition with HOLIDAY_ENTRY_INVALID', () => {
    expectInvalid(() => holidaysForYear(2031, [addition('2031-02-30')]));
    expectInvalid(() => holidaysForYear(2031, [addition('2031-06-02', { source: '   ' })]));
    expectInvalid(() => holidaysForYear(2031, [addition('2031-06-02', { name: '' })]));
    expectInvalid(() =>
      holidaysForYear(2031, [
        { ...addition('2031-06-02'), kind: 'day-off' } as unknown as HolidayEntry,
      ]),
    );
    const error = expectInvalid(() =>
      holidaysForYear(2031, [
        addition('2031-06-02'),
        { date: 20310603 } as unknown as HolidayEntry,
      ]),
    );
    expect(error.details).toMatchObject({ index: 1 });
  });

  it('refuses two additions for the same date', () => {
    const error = expectInvalid(() =>
      holidaysForYear(2031, [addition('2031-06-02'), addition('2031-06-02')]),
    );
    expect(error.details).toMatchObject({ date: '2031-06-02' });
  });

  it('returns fresh arrays: changing a result changes nothing later', () => {
    const first = holidaysForYear(2024);
    present(first[0], 'the first holiday of 2024').name = 'changed';
    first.length = 0;
    expect(holidaysForYear(2024)[0]?.name).toBe('Tết Dương lịch');
  });
});

describe('holidaysForYear — properties', () => {
  const entryArb = (year: number) =>
    fc.record({
      date: fc
        .date({
          min: new Date(Date.UTC(year, 0, 1)),
          max: new Date(Date.UTC(year, 11, 31)),
          noInvalidDate: true,
        })
        .map((d) => formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())),
      name: fc.constantFrom('Nghỉ hoán đổi', 'Làm bù', 'Ngày nghỉ bổ sung'),
      kind: fc.constantFrom(
        'holiday' as const,
        'compensatory' as const,
        'swapped-workday' as const,
      ),
      source: fc.constantFrom(
        'Thông báo số 1/TB-BNV ngày 01/01/2030',
        'Quyết định của quản trị viên',
      ),
    });
  const yearWithAdditions = fc
    .integer({ min: 1900, max: 2100 })
    .chain((year) =>
      fc.tuple(
        fc.constant(year),
        fc.uniqueArray(entryArb(year), { selector: (e) => e.date, maxLength: 6 }),
      ),
    );

  it('is sorted, one entry per date, in the year, sourced, and keeps every addition', () => {
    fc.assert(
      fc.property(yearWithAdditions, ([year, additions]) => {
        const entries = holidaysForYear(year, additions);
        const dates = entries.map((e) => e.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        for (const entry of entries) {
          expect(entry.date.startsWith(`${year}-`)).toBe(true);
          expect(entry.source.trim().length).toBeGreaterThan(0);
        }
        for (const added of additions) expect(entries).toContainEqual(added);
      }),
    );
  });

  it('without additions: worked days fall on weekends, compensatory days off on weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        for (const entry of holidaysForYear(year)) {
          if (entry.kind === 'swapped-workday') expect(isWeekendDay(entry.date)).toBe(true);
          if (entry.kind === 'compensatory') expect(isWeekendDay(entry.date)).toBe(false);
        }
      }),
    );
  });
});
