import { describe, expect, it } from 'vitest';
import { monthGrid, parseVietnameseDate, shiftMonth } from './dates.js';

describe('the date input reads what Vietnamese offices type', () => {
  it('accepts dd/mm/yyyy with or without leading zeros, and other separators', () => {
    expect(parseVietnameseDate('04/12/2025')).toBe('2025-12-04');
    expect(parseVietnameseDate('4/12/2025')).toBe('2025-12-04');
    expect(parseVietnameseDate('10.12.2025')).toBe('2025-12-10');
    expect(parseVietnameseDate(' 2025-12-10 ')).toBe('2025-12-10');
  });

  it('refuses days that do not exist and month-first American dates', () => {
    expect(parseVietnameseDate('31/02/2025')).toBeNull();
    expect(parseVietnameseDate('12/31/2025')).toBeNull();
    expect(parseVietnameseDate('hôm nay')).toBeNull();
  });

  it('moves by months without spilling into the next month', () => {
    expect(shiftMonth('2025-01-31', 1)).toBe('2025-02-28');
    expect(shiftMonth('2025-01-15', -1)).toBe('2024-12-15');
  });
});

describe('the month grid marks Vietnamese days off', () => {
  const tet = [
    { date: '2026-02-17', name: 'Tết Nguyên đán', kind: 'holiday' as const },
    { date: '2026-02-28', name: 'Làm bù', kind: 'swapped-workday' as const },
  ];
  const days = monthGrid('2026-02-10', tet).flat();

  it('starts on Monday and covers the whole month', () => {
    expect(days[0]?.date).toBe('2026-01-26');
    expect(days.filter((d) => d.inMonth)).toHaveLength(28);
  });

  it('marks holidays and weekends as days off, a swapped Saturday as a working day', () => {
    expect(days.find((d) => d.date === '2026-02-17')).toMatchObject({ dayOff: true });
    expect(days.find((d) => d.date === '2026-02-21')).toMatchObject({
      weekend: true,
      dayOff: true,
    });
    expect(days.find((d) => d.date === '2026-02-28')).toMatchObject({
      weekend: true,
      dayOff: false,
    });
    expect(days.find((d) => d.date === '2026-02-18')).toMatchObject({ dayOff: false });
  });
});
