import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { aChoMoiPlan } from '../testing/seed-plans.js';
import { planScheduleInput } from './plan-schedule-input.js';
import { withPlanDeadlineStates } from './plan-deadline-states.js';
import { computePlanSchedule } from './schedule.js';

const calendar = createVietnamWorkingCalendar();
// Seed 000: dialogue on 10/12/2025; the notice is due 02/12/2025, the cut-off 04/12/2025.
const schedule = computePlanSchedule(calendar, planScheduleInput(aChoMoiPlan()));
const stateOf = (entries: ReturnType<typeof withPlanDeadlineStates>, ruleId: string) =>
  entries.find((e) => e.ruleId === ruleId)?.deadline?.state;

describe('withPlanDeadlineStates', () => {
  it('shows the notice as due soon a few working days ahead, and overdue after', () => {
    expect(
      stateOf(withPlanDeadlineStates(calendar, schedule, {}, '2025-11-28'), 'public-notice'),
    ).toBe('due-soon');
    expect(
      stateOf(withPlanDeadlineStates(calendar, schedule, {}, '2025-12-03'), 'public-notice'),
    ).toBe('overdue');
  });

  it('counts the notice as met on time, or late, from the date the plan recorded it', () => {
    const onTime = withPlanDeadlineStates(
      calendar,
      schedule,
      { noticeIssuedOn: '2025-12-01' },
      '2025-12-05',
    );
    expect(onTime.find((e) => e.ruleId === 'public-notice')).toMatchObject({
      metOn: '2025-12-01',
      deadline: { state: 'met-on-time' },
    });
    const late = withPlanDeadlineStates(
      calendar,
      schedule,
      { noticeIssuedOn: '2025-12-04' },
      '2025-12-05',
    );
    expect(stateOf(late, 'public-notice')).toBe('met-late');
  });

  it('leaves the rules other records fulfil open, and a rule without a due date stateless', () => {
    const entries = withPlanDeadlineStates(
      calendar,
      computePlanSchedule(calendar, planScheduleInput(aChoMoiPlan({ timing: undefined }))),
      { noticeIssuedOn: '2025-12-01' },
      '2025-12-05',
    );
    expect(entries.find((e) => e.ruleId === 'written-answer')).toMatchObject({
      metOn: null,
      deadline: null,
    });
    expect(stateOf(entries, 'registration-cutoff')).toBe('overdue');
  });
});
