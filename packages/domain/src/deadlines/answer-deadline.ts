import type { IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computePlanSchedule, type ScheduleEntry } from './schedule.js';
import type { RegulationProfileId, RuleOverride } from './rule.schema.js';

export type AnswerComplexity = 'standard' | 'complex';

/**
 * The written-answer deadline of a petition not closed at the conference: the profile's
 * `written-answer-complex` rule for a complex matter when it has one (seed 002: 30 working
 * days), else `written-answer` (seed 002: 15 working days; seed 004: 30 days).
 *
 * @example
 * computeAnswerDeadline(calendar, { profileId: 'lai-chau-06-qc-tu-2019', dialogueDate: '2025-08-20', complexity: 'complex' }).dueDate
 */
export function computeAnswerDeadline(
  calendar: WorkingCalendar,
  input: {
    profileId: RegulationProfileId;
    dialogueDate: IsoDate;
    complexity: AnswerComplexity;
    overrides?: readonly RuleOverride[];
  },
): ScheduleEntry {
  const schedule = computePlanSchedule(calendar, {
    profileId: input.profileId,
    events: { 'dialogue-held': input.dialogueDate },
    overrides: input.overrides ?? [],
  });
  const complex = schedule.find((e) => e.ruleId === 'written-answer-complex');
  const standard = schedule.find((e) => e.ruleId === 'written-answer');
  const entry = input.complexity === 'complex' ? (complex ?? standard) : standard;
  if (!entry) throw new RangeError(`Profile ${input.profileId} has no written-answer rule`);
  return entry;
}

/**
 * A registration received after the cut-off (or, without one, after the Front's compilation
 * deadline) is late: kept and flagged, never dropped (docs/domain.md §3).
 *
 * @example isLateRegistration('2025-12-05', schedule) // true when the cut-off is 04/12/2025
 */
export function isLateRegistration(
  receivedOn: IsoDate,
  schedule: readonly ScheduleEntry[],
): boolean {
  const cutoff =
    schedule.find((e) => e.ruleId === 'registration-cutoff' && e.dueDate) ??
    schedule.find((e) => e.ruleId === 'front-compilation' && e.dueDate);
  return Boolean(cutoff?.dueDate && receivedOn > cutoff.dueDate);
}
