import type { IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  deadlineState,
  DEFAULT_DEADLINE_THRESHOLDS,
  type DeadlineStatus,
  type DeadlineThresholds,
} from './deadline-state.js';
import type { RecordedPlanEvents } from './plan-schedule-input.js';
import type { RuleId } from './rule.schema.js';
import type { ScheduleEntry } from './schedule.js';

/**
 * The plan-level obligations a recorded event fulfils: the public notice is met the day it is
 * issued, the conclusion notice the day it is issued. The other rules are met elsewhere (the
 * villages' registrations, each petition's written answer) and stay open at the plan's level.
 */
export const PLAN_RULES_MET_BY = {
  'public-notice': 'noticeIssuedOn',
  'conclusion-notice': 'conclusionIssuedOn',
} as const satisfies Partial<Record<RuleId, keyof RecordedPlanEvents>>;

export interface PlanScheduleEntryWithState extends ScheduleEntry {
  /** The day the obligation was met, when the plan recorded it. */
  metOn: IsoDate | null;
  /** Null while the rule waits for its anchor (no due date yet). */
  deadline: DeadlineStatus | null;
}

/**
 * Each entry of a plan's schedule with its state as of `asOf` (upcoming, due soon, overdue…,
 * or met on time / late once the plan recorded the event that fulfils it).
 *
 * @example
 * const schedule = computePlanSchedule(calendar, planScheduleInput(plan, recorded));
 * withPlanDeadlineStates(calendar, schedule, { noticeIssuedOn: '2025-12-01' }, '2025-12-03')
 *   .find((e) => e.ruleId === 'public-notice')?.deadline?.state // 'met-on-time'
 */
export function withPlanDeadlineStates(
  calendar: WorkingCalendar,
  schedule: readonly ScheduleEntry[],
  recorded: RecordedPlanEvents,
  asOf: IsoDate,
  thresholds: DeadlineThresholds = DEFAULT_DEADLINE_THRESHOLDS,
): PlanScheduleEntryWithState[] {
  const metBy: Partial<Record<RuleId, keyof RecordedPlanEvents>> = PLAN_RULES_MET_BY;
  return schedule.map((entry) => {
    const event = metBy[entry.ruleId];
    const metOn = (event && recorded[event]) || null;
    const deadline = entry.dueDate
      ? deadlineState(calendar, { dueDate: entry.dueDate, metOn }, asOf, thresholds)
      : null;
    return { ...entry, metOn, deadline };
  });
}
