import type { FindingRecord } from '@doithoai/db';
import { FINDING_KIND_LABELS, petitionSummary } from '@doithoai/domain';

/** The target as the domain names it (FindingTargetSchema): a petition or a task. */
function targetOf(finding: FindingRecord) {
  switch (finding.targetType) {
    case 'petition':
      return { kind: 'petition' as const, petitionId: finding.targetId };
    case 'follow-up-task':
      return { kind: 'task' as const, taskId: finding.targetId };
    case 'plan':
      return { kind: 'plan' as const, planId: finding.targetId };
  }
}

/**
 * A Front finding as the API returns it (the domain's `Finding` shape, with labels and who recorded it).
 *
 * @example findingView(record).kindLabel // 'Báo cáo Bí thư Đảng ủy'
 */
export function findingView(finding: FindingRecord) {
  return {
    id: finding.id,
    adminUnitCode: finding.adminUnitCode,
    planId: finding.planId,
    kind: finding.kind,
    kindLabel: FINDING_KIND_LABELS[finding.kind] ?? finding.kind,
    target: targetOf(finding),
    note: finding.note,
    observedOn: finding.observedOn,
    recordedBy: finding.recordedBy,
    recordedAt: finding.recordedAt,
    /** A petition finding's petition: its tracking code and the start of its content. */
    aboutPetition: finding.aboutPetition && {
      trackingCode: finding.aboutPetition.trackingCode,
      summary: petitionSummary(finding.aboutPetition.content),
    },
  };
}
export type FindingView = ReturnType<typeof findingView>;
