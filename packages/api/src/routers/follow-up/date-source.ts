import type { ConclusionNoticeRecord, FollowUpPlanFacts } from '@doithoai/db';
import { computePlanSchedule, type ScheduleEntry, type WorkingCalendar } from '@doithoai/domain';
import { noticeReference, scheduleInputOfFacts } from './follow-up-schedule.js';

/** Where a due date comes from: a rule of the plan's profile, or the conclusion notice. */
export interface DateSource {
  ruleId: string | null;
  label: string;
  /** The regulation clause, the plan's override reason, or the notice that set the date. */
  source: string;
  explanation: string | null;
  /** The date the rule or the notice gives (before any extension). */
  dueDate: string | null;
}

/**
 * Explains due dates of one plan: its schedule is computed once, then each task or petition
 * asks by rule id (or by conclusion item, for a date the notice set itself).
 *
 * @example dateSources(calendar, plan, notice).ofTask(task).source // 'Quy chế … mục II.4 …'
 */
export function dateSources(
  calendar: WorkingCalendar,
  plan: FollowUpPlanFacts,
  notice: ConclusionNoticeRecord | undefined,
) {
  const schedule = new Map<string, ScheduleEntry>(
    computePlanSchedule(calendar, scheduleInputOfFacts(plan)).map((e) => [e.ruleId, e]),
  );
  const ofRule = (ruleId: string): DateSource => {
    const entry = schedule.get(ruleId);
    return {
      ruleId,
      label: entry?.label ?? ruleId,
      source: entry?.source ?? '',
      explanation: entry?.explanation ?? null,
      dueDate: entry?.dueDate ?? null,
    };
  };
  return {
    ofRule,
    ofTask(task: { ruleId: string | null; conclusionItemId: string | null }): DateSource | null {
      if (task.ruleId) return ofRule(task.ruleId);
      const item = notice?.content.items.find((i) => i.id === task.conclusionItemId);
      if (!notice || !item) return null;
      return {
        ruleId: null,
        label: 'Hạn do Thông báo kết luận ấn định',
        source: item.source || noticeReference(plan, notice),
        explanation: item.explanation || null,
        dueDate: item.dueOn,
      };
    },
  };
}
