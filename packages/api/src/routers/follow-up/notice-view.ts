import type { ConclusionNoticeRecord, FollowUpPlanFacts } from '@doithoai/db';
import {
  conclusionTimeliness,
  DEADLINE_STATE_LABELS,
  type WorkingCalendar,
} from '@doithoai/domain';
import { noticeReference, scheduleInputOfFacts } from './follow-up-schedule.js';

/**
 * A conclusion notice as the API returns it: its citation, its assignments with the body's name
 * and where each date comes from, and whether it met the profile's `conclusion-notice` deadline.
 *
 * @example noticeView(calendar, plan, notice, organisations).timeliness?.state // 'met-on-time'
 */
export function noticeView(
  calendar: WorkingCalendar,
  plan: FollowUpPlanFacts,
  notice: Omit<ConclusionNoticeRecord, 'createdBy'>,
  organisations: readonly { id: string; name: string }[],
) {
  const timeliness = conclusionTimeliness(
    calendar,
    scheduleInputOfFacts({ ...plan, conclusionIssuedOn: notice.issuedOn }),
    notice.issuedOn,
  );
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  return {
    id: notice.id,
    planId: notice.planId,
    reference: noticeReference(plan, notice),
    documentNumber: notice.documentNumber,
    documentSymbol: notice.documentSymbol,
    issuedOn: notice.issuedOn,
    position: notice.content.position,
    signer: notice.content.signer ?? null,
    publishedVia: notice.content.publishedVia,
    publishedOn: notice.content.publishedOn ?? null,
    items: notice.content.items.map((item) => ({
      ...item,
      responsibleOrganisation: {
        id: item.responsibleOrganisationId,
        name: nameOf(item.responsibleOrganisationId),
      },
    })),
    timeliness: timeliness
      ? {
          ruleId: timeliness.entry.ruleId,
          label: timeliness.entry.label,
          dueDate: timeliness.status.effectiveDueDate,
          source: timeliness.entry.source,
          explanation: timeliness.entry.explanation,
          state: timeliness.status.state,
          stateLabel: DEADLINE_STATE_LABELS[timeliness.status.state],
          onTime: timeliness.status.state === 'met-on-time',
          workingDaysLate: timeliness.status.workingDaysLate,
        }
      : null,
    createdAt: notice.createdAt,
  };
}
export type NoticeView = ReturnType<typeof noticeView>;
