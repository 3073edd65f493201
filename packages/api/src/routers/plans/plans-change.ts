import {
  appendAudit,
  findPlanById,
  savePlan,
  type Database,
  type PlanRecord,
  type RecordedPlanDates,
} from '@doithoai/db';
import { transitionPlan, type Plan, type PlanEvent, type PlanPayloads } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound, staleVersion } from '../../errors.js';
import { assertWritable } from '../../tenancy.js';
import { planNumberTaken } from './plans-errors.js';
import { actorOf, PLAN_NOUN, validPlan } from './plans-load.js';
import { auditSnapshot } from './plans-view.js';

const STALE = 'Kế hoạch';

export interface PlanRef {
  id: string;
  expectedVersion: number;
}

/** What a change makes of the current plan. */
export interface PlanChangeStep {
  plan: Plan;
  recorded: RecordedPlanDates;
  /** The return comment or the reason, kept on the version and the audit row. */
  comment: string | null;
  /** Extra before/after facts for the audit row (e.g. the fields an edit changed). */
  audit?: { before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * Changes one plan in one transaction: load it, check the commune and the version the caller
 * saw, let `decide` compute the next plan, check it against the domain's schema, save it over
 * that version (recording the version row) and append the audit row with before/after.
 *
 * @example await changePlan(ctx, user, input, 'update', (current) => ({ plan: { ...current.plan, ...changes }, recorded: current.recorded, comment: null }))
 */
export async function changePlan(
  ctx: Context,
  user: SessionUser,
  ref: PlanRef,
  action: string,
  decide: (current: PlanRecord, trx: Kysely<Database>) => PlanChangeStep | Promise<PlanChangeStep>,
): Promise<{ before: PlanRecord; after: PlanRecord }> {
  const at = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findPlanById(trx, ref.id);
    if (!before) notFound(PLAN_NOUN, ref.id);
    assertWritable(user, before.plan.adminUnitCode, PLAN_NOUN, ref.id);
    if (before.version !== ref.expectedVersion) staleVersion(STALE);
    const step = await decide(before, trx);
    const plan = validPlan(step.plan);
    const saved = await savePlan(trx, {
      plan,
      recorded: step.recorded,
      expectedVersion: ref.expectedVersion,
      change: { event: action, comment: step.comment, by: user.accountId, at },
    });
    if (!saved.ok) {
      if (saved.reason === 'number-taken') fail(planNumberTaken(plan, plan.documentNumber ?? 0));
      staleVersion(STALE);
    }
    await appendAudit(trx, {
      at,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: plan.adminUnitCode,
      action: `plan.${action}`,
      entityType: 'plan',
      entityId: plan.id,
      before: { ...auditSnapshot(before), ...step.audit?.before },
      after: { ...auditSnapshot(saved.record), ...step.audit?.after },
      reason: step.comment,
    });
    return { before, after: saved.record };
  });
}

/** What one lifecycle step carries, and what it writes on the plan once the domain allows it. */
export interface PlanEventStep<E extends PlanEvent> {
  payload: PlanPayloads[E];
  plan?: Partial<Plan>;
  recorded?: Partial<RecordedPlanDates>;
  comment?: string | null;
}

/**
 * One lifecycle step: the domain's `transitionPlan` decides (who may, from which state, with
 * which payload); the plan takes the new state and the step's fields, in `changePlan`'s
 * transaction.
 *
 * @example await firePlanEvent(ctx, user, input, 'submit', (current) => ({ payload: { missingFields: missingFieldsForSubmission(current.plan) } }))
 */
export function firePlanEvent<E extends PlanEvent>(
  ctx: Context,
  user: SessionUser,
  ref: PlanRef,
  event: E,
  step: (
    current: PlanRecord,
    trx: Kysely<Database>,
  ) => PlanEventStep<E> | Promise<PlanEventStep<E>>,
): Promise<{ before: PlanRecord; after: PlanRecord }> {
  return changePlan(ctx, user, ref, event, async (current, trx) => {
    const { payload, plan, recorded, comment } = await step(current, trx);
    const result = transitionPlan(current.plan.status, event, actorOf(user), {
      issuerKind: current.plan.issuer.kind,
      ...payload,
    });
    if (!result.ok) fail(result.error);
    return {
      plan: { ...current.plan, ...plan, status: result.value.state },
      recorded: { ...current.recorded, ...recorded },
      comment: comment ?? null,
    };
  });
}
