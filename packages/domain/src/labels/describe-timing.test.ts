import { describe, expect, it } from 'vitest';
import { aChoMoiPlan, aSonTayHaPlan, aVinhBaoPlan } from '../testing/seed-plans.js';
import { describeTiming, longVietnameseDate } from './describe-timing.js';

describe('describeTiming', () => {
  it('words seed 000 ("Dự kiến ngày 10 tháng 12 năm 2025") for documents and screens', () => {
    const { timing } = aChoMoiPlan();
    expect(describeTiming(timing, { style: 'document' })).toBe('Dự kiến ngày 10 tháng 12 năm 2025');
    expect(describeTiming(timing)).toBe('Dự kiến ngày 10/12/2025');
  });

  it('puts the start time first, as notices do', () => {
    const timing = { kind: 'date', date: '2025-12-10', startTime: '08:00' } as const;
    expect(describeTiming(timing, { style: 'document' })).toBe(
      '08 giờ 00, ngày 10 tháng 12 năm 2025',
    );
    expect(describeTiming(timing)).toBe('08:00, ngày 10/12/2025');
  });

  it('words a window with its note (seeds 003 and 004) the same in both styles', () => {
    const sonTayHa =
      'Từ ngày 01/07/2025 đến ngày 31/12/2025 (UBND xã ban hành Thông báo cụ thể sau)';
    expect(describeTiming(aSonTayHaPlan().timing, { style: 'document' })).toBe(sonTayHa);
    expect(describeTiming(aSonTayHaPlan().timing)).toBe(sonTayHa);
    expect(describeTiming(aVinhBaoPlan().timing)).toBe(
      'Từ ngày 01/07/2026 đến ngày 29/10/2026 (Quý III năm 2026; kết thúc trước ngày 30/10/2026)',
    );
    expect(describeTiming({ kind: 'window', from: '2025-08-01', to: '2025-08-31' })).toBe(
      'Từ ngày 01/08/2025 đến ngày 31/08/2025',
    );
  });

  it('gives the day the dialogue was held once it is known', () => {
    expect(describeTiming(aSonTayHaPlan().timing, { heldOn: '2025-12-10' })).toBe(
      'Ngày 10/12/2025',
    );
    expect(describeTiming(aChoMoiPlan().timing, { heldOn: '2025-12-11', style: 'document' })).toBe(
      'Ngày 11 tháng 12 năm 2025',
    );
  });

  it('says the time will be announced when the plan has none yet', () => {
    expect(describeTiming(undefined)).toBe('Thông báo cụ thể sau');
    expect(describeTiming(undefined, { heldOn: null })).toBe('Thông báo cụ thể sau');
  });
});

describe('longVietnameseDate', () => {
  it('writes the month without a leading zero and the day with one', () => {
    expect(longVietnameseDate('2025-07-01')).toBe('ngày 01 tháng 7 năm 2025');
  });
});
