import type { FollowUpPlanFacts } from '@doithoai/db';
import {
  formatDocumentNumber,
  formatVietnameseDate,
  planScheduleInput,
  type PlanScheduleInput,
} from '@doithoai/domain';

/**
 * The plan's schedule input with the dates recorded on its row (held, notice, conclusion) —
 * what `computePlanSchedule` counts every deadline of the plan from.
 *
 * @example computePlanSchedule(calendar, scheduleInputOfFacts(plan)).find((e) => e.ruleId === 'written-answer')
 */
export function scheduleInputOfFacts(plan: FollowUpPlanFacts): PlanScheduleInput {
  return planScheduleInput(
    {
      regulationProfileId: plan.regulationProfileId,
      timing: plan.timing ?? undefined,
      scheduleOverrides: plan.scheduleOverrides,
      issuedOn: plan.issuedOn ?? undefined,
    },
    {
      issuedOn: plan.issuedOn ?? undefined,
      noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
      heldOn: plan.heldOn ?? plan.dialogueDate ?? undefined,
      conclusionIssuedOn: plan.conclusionIssuedOn ?? undefined,
    },
  );
}

/**
 * How a notice is cited: "Thông báo kết luận số 12/TB-UBND ngày 18/12/2025".
 *
 * @example noticeReference(plan, { documentNumber: 12, documentSymbol: 'TB-UBND', issuedOn: '2025-12-18' })
 */
export function noticeReference(
  plan: Pick<FollowUpPlanFacts, 'issuerKind'>,
  notice: { documentNumber: number | null; documentSymbol: string; issuedOn: string },
): string {
  const number = formatDocumentNumber({
    number: notice.documentNumber ?? undefined,
    symbol: notice.documentSymbol,
    issuerKind: plan.issuerKind,
  });
  return `Thông báo kết luận số ${number} ngày ${formatVietnameseDate(notice.issuedOn)}`;
}
