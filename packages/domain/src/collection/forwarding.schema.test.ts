import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from '../deadlines/schedule.js';
import {
  forwardingDeadline,
  forwardingTimelinessText,
  isForwardedOnTime,
} from './forwarding.schema.js';

const entry = (ruleId: string, dueDate: string | null): ScheduleEntry =>
  ({
    ruleId,
    label: ruleId,
    dueDate,
    source: `nguồn ${ruleId}`,
  }) as unknown as ScheduleEntry;

describe("the Front's forwarding deadline", () => {
  it("is the Front's own compilation rule where the regulation has one (Lai Châu)", () => {
    const schedule = [
      entry('registration-cutoff', '2025-12-04'),
      entry('front-compilation', '2025-12-03'),
    ];
    expect(forwardingDeadline(schedule)).toMatchObject({
      ruleId: 'front-compilation',
      dueDate: '2025-12-03',
    });
  });

  it("falls back to the registration cut-off (seed 000's 04/12/2025), and to none", () => {
    expect(forwardingDeadline([entry('registration-cutoff', '2025-12-04')])?.dueDate).toBe(
      '2025-12-04',
    );
    expect(forwardingDeadline([entry('front-compilation', null)])).toBeNull();
  });

  it('counts the due day itself as on time and keeps lateness', () => {
    const deadline = forwardingDeadline([entry('registration-cutoff', '2025-12-04')]);
    expect(isForwardedOnTime(deadline, '2025-12-04')).toBe(true);
    expect(isForwardedOnTime(deadline, '2025-12-05')).toBe(false);
    expect(forwardingTimelinessText(deadline, '2025-12-05')).toBe(
      'Gửi ngày 05/12/2025, chậm so với hạn 04/12/2025.',
    );
    expect(isForwardedOnTime(null, '2025-12-05')).toBeNull();
  });
});
