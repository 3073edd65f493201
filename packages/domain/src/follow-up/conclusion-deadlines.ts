import { formatVietnameseDate, type IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeAnswerDeadline, type AnswerComplexity } from '../deadlines/answer-deadline.js';
import { deadlineState, type DeadlineStatus } from '../deadlines/deadline-state.js';
import type { RegulationProfileId, RuleId, RuleOverride } from '../deadlines/rule.schema.js';
import {
  computePlanSchedule,
  type PlanScheduleInput,
  type ScheduleEntry,
} from '../deadlines/schedule.js';
import type { DomainError } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';

/**
 * The deadlines of the conclusion notice (Thông báo kết luận) and of the tasks it assigns:
 * seed 004 §II.4 (notice within 07 working days, answers within 30 days), seed 002 §II.4.3
 * (5 working days; answers 15 working days, complex ones 30).
 */

export interface ConclusionItemDeadline {
  dueOn: IsoDate;
  /** The profile's rule the date was counted by; null when the notice set the date itself. */
  ruleId: RuleId | null;
  /** The regulation clause, or the notice that set the date. */
  source: string;
  explanation: string;
}

/**
 * The due date of one assignment of the conclusion notice: the date the notice writes, or else
 * the profile's written-answer rule counted from the dialogue — the complex period when any
 * petition the item answers was triaged complex (seed 002: 30 instead of 15 working days).
 *
 * @example
 * conclusionItemDeadline(calendar, {
 *   profileId: 'lai-chau-06-qc-tu-2019', dialogueDate: '2025-08-20',
 *   relatedComplexities: ['standard'], noticeReference: 'Thông báo kết luận số 45/TB-UBND',
 * }) // { dueOn: '2025-09-12', ruleId: 'written-answer', … }
 */
export function conclusionItemDeadline(
  calendar: WorkingCalendar,
  input: {
    profileId: RegulationProfileId;
    dialogueDate: IsoDate;
    overrides?: readonly RuleOverride[];
    givenDueOn?: IsoDate | undefined;
    relatedComplexities: readonly (AnswerComplexity | null | undefined)[];
    noticeReference: string;
  },
): ConclusionItemDeadline {
  if (input.givenDueOn) {
    return {
      dueOn: input.givenDueOn,
      ruleId: null,
      source: input.noticeReference,
      explanation: `Hạn ${formatVietnameseDate(input.givenDueOn)} do ${input.noticeReference} ấn định.`,
    };
  }
  const complexity: AnswerComplexity = input.relatedComplexities.includes('complex')
    ? 'complex'
    : 'standard';
  const entry = computeAnswerDeadline(calendar, {
    profileId: input.profileId,
    dialogueDate: input.dialogueDate,
    complexity,
    overrides: input.overrides ?? [],
  });
  if (!entry.dueDate) throw new RangeError('A written-answer rule with its anchor has a date');
  return {
    dueOn: entry.dueDate,
    ruleId: entry.ruleId,
    source: entry.source,
    explanation: entry.explanation,
  };
}

export interface ConclusionTimeliness {
  entry: ScheduleEntry;
  /** `met-on-time` or `met-late` (lateness is kept, never erased). */
  status: DeadlineStatus;
}

/**
 * Whether a conclusion notice issued on `issuedOn` met the profile's `conclusion-notice` rule;
 * null when the plan's schedule has no such deadline.
 *
 * @example
 * conclusionTimeliness(calendar, { profileId: 'quang-ngai-29-2022-qd-ubnd', events: { 'dialogue-held': '2025-12-10' } }, '2025-12-22')?.status.state // 'met-late'
 */
export function conclusionTimeliness(
  calendar: WorkingCalendar,
  schedule: PlanScheduleInput,
  issuedOn: IsoDate,
): ConclusionTimeliness | null {
  const entry = computePlanSchedule(calendar, schedule).find(
    (e) => e.ruleId === 'conclusion-notice',
  );
  if (!entry?.dueDate) return null;
  return {
    entry,
    status: deadlineState(calendar, { dueDate: entry.dueDate, metOn: issuedOn }, issuedOn),
  };
}

/**
 * Refuses a conclusion notice dated before the dialogue or after today, or assigning a task due
 * before the notice itself. Returns null when the dates hold together.
 *
 * @example conclusionIssueRefusal({ heldOn: '2025-12-10', issuedOn: '2025-12-09', today: '2025-12-18', itemDueDates: [] })?.code // 'CONCLUSION_BEFORE_DIALOGUE'
 */
export function conclusionIssueRefusal(input: {
  heldOn: IsoDate;
  issuedOn: IsoDate;
  today: IsoDate;
  itemDueDates: readonly (IsoDate | undefined)[];
}): DomainError | null {
  const { heldOn, issuedOn, today } = input;
  if (issuedOn > today) {
    return domainError('CONCLUSION_DATE_IN_FUTURE', {
      issuedOn,
      today,
      issuedOnText: formatVietnameseDate(issuedOn),
      todayText: formatVietnameseDate(today),
    });
  }
  if (issuedOn < heldOn) {
    return domainError('CONCLUSION_BEFORE_DIALOGUE', {
      issuedOn,
      heldOn,
      issuedOnText: formatVietnameseDate(issuedOn),
      heldOnText: formatVietnameseDate(heldOn),
    });
  }
  const index = input.itemDueDates.findIndex((due) => due !== undefined && due < issuedOn);
  if (index >= 0) {
    const dueOn = input.itemDueDates[index] as IsoDate;
    return domainError('DUE_DATE_BEFORE_CONCLUSION', {
      index,
      dueOn,
      issuedOn,
      position: index + 1,
      dueOnText: formatVietnameseDate(dueOn),
      issuedOnText: formatVietnameseDate(issuedOn),
    });
  }
  return null;
}
