import { describe, expect, it } from 'vitest';
import { defaultCopySource, planDatePassed } from './plan-choice.js';

describe('planDatePassed', () => {
  it('warns of a submitted plan of 08/2025 still waiting on 20/11/2025', () => {
    const plan = { status: 'submitted', year: 2025, dialogueDate: '2025-08-20' } as const;
    expect(planDatePassed(plan, '2025-11-20')).toBe(true);
    expect(planDatePassed(plan, '2025-08-20')).toBe(false);
  });

  it('reads the window when the day is not fixed ("UBND xã ban hành Thông báo cụ thể sau")', () => {
    const plan = {
      status: 'draft',
      year: 2025,
      dialogueDate: null,
      windowTo: '2025-12-31',
    } as const;
    expect(planDatePassed(plan, '2026-01-02')).toBe(true);
    expect(planDatePassed(plan, '2025-12-31')).toBe(false);
    expect(planDatePassed({ status: 'draft', year: 2025 }, '2026-01-02')).toBe(false);
  });

  it('says nothing of an approved or held plan whose day has passed', () => {
    for (const status of ['approved', 'held', 'closed', 'cancelled'] as const)
      expect(planDatePassed({ status, year: 2025, dialogueDate: '2025-08-20' }, '2025-11-20')).toBe(
        false,
      );
  });
});

describe('defaultCopySource', () => {
  const draft2027 = { id: 'a', status: 'draft', year: 2027 } as const;
  const closed2025 = { id: 'b', status: 'closed', year: 2025 } as const;
  const cancelled2025 = { id: 'c', status: 'cancelled', year: 2025 } as const;
  const held2024 = { id: 'd', status: 'held', year: 2024 } as const;

  it("offers last year's issued plan, not the newest draft (issue 18)", () => {
    expect(defaultCopySource([draft2027, cancelled2025, closed2025, held2024], 2026)?.id).toBe('b');
  });

  it('falls back to the latest issued plan, then the latest before the year, then any', () => {
    expect(defaultCopySource([draft2027, cancelled2025, held2024], 2026)?.id).toBe('d');
    expect(defaultCopySource([draft2027, cancelled2025], 2026)?.id).toBe('c');
    expect(defaultCopySource([draft2027], 2026)?.id).toBe('a');
    expect(defaultCopySource([], 2026)).toBeUndefined();
  });
});
