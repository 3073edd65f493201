import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { computePlanSchedule } from '../deadlines/schedule.js';
import { planScheduleInput } from '../deadlines/plan-schedule-input.js';
import { aChoMoiPlan } from '../testing/seed-plans.js';
import { isLatePetition } from './petition-lateness.js';

// Seed 000: questions registered by 04/12/2025 for the dialogue of 10/12/2025.
const schedule = computePlanSchedule(
  createVietnamWorkingCalendar(),
  planScheduleInput(aChoMoiPlan()),
);

describe('isLatePetition', () => {
  it('flags a village list received after the Chợ Mới cut-off of 04/12/2025', () => {
    expect(
      isLatePetition({ channel: 'village-paper-form', receivedOn: '2025-12-04' }, schedule),
    ).toBe(false);
    expect(
      isLatePetition({ channel: 'village-paper-form', receivedOn: '2025-12-05' }, schedule),
    ).toBe(true);
  });

  it('never flags a petition raised from the floor at the conference', () => {
    expect(
      isLatePetition({ channel: 'raised-at-conference', receivedOn: '2025-12-10' }, schedule),
    ).toBe(false);
  });
});
