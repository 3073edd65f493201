import type { PlanRecord } from '@doithoai/db';
import {
  formatDocumentNumber,
  planScheduleInput,
  type PlanScheduleInput,
  type RecordedPlanEvents,
} from '@doithoai/domain';

/**
 * A plan as the API returns it: the domain's `Plan`, the version to send back with a change,
 * the printed number ("14-KH/ĐU", null until signed) and the dates of its later events.
 *
 * @example planView(record).numberAndSymbol // '14-KH/ĐU'
 */
export function planView(record: PlanRecord) {
  const { plan } = record;
  return {
    plan,
    version: record.version,
    numberAndSymbol:
      plan.documentNumber === undefined
        ? null
        : formatDocumentNumber({
            number: plan.documentNumber,
            symbol: plan.documentSymbol,
            issuerKind: plan.issuer.kind,
          }),
    recorded: { issuedOn: plan.issuedOn ?? null, ...record.recorded },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
export type PlanView = ReturnType<typeof planView>;

/** The events a stored plan recorded, in the domain's terms. */
export function recordedEvents(record: PlanRecord): RecordedPlanEvents {
  return {
    issuedOn: record.plan.issuedOn,
    noticeIssuedOn: record.recorded.noticeIssuedOn ?? undefined,
    heldOn: record.recorded.heldOn ?? undefined,
    conclusionIssuedOn: record.recorded.conclusionIssuedOn ?? undefined,
  };
}

/**
 * What the schedule of a stored plan is computed from.
 *
 * @example computePlanSchedule(calendar, scheduleInputOf(record))
 */
export function scheduleInputOf(record: PlanRecord): PlanScheduleInput {
  return planScheduleInput(record.plan, recordedEvents(record));
}

/**
 * The audit trail's picture of a plan: its workflow fields, not its whole body (the body of
 * every version is in `plan_versions`).
 */
export function auditSnapshot(record: PlanRecord) {
  const { plan } = record;
  return {
    status: plan.status,
    version: record.version,
    documentNumber: plan.documentNumber ?? null,
    issuedOn: plan.issuedOn ?? null,
    signer: plan.signer?.name ?? null,
    timing: plan.timing ?? null,
    statusReason: plan.statusReason ?? null,
    returnComments: plan.returnComments.length,
    ...record.recorded,
  };
}
