import { appendAudit, findPlanById, insertPlan, newId, type PlanRecord } from '@doithoai/db';
import {
  checkPlanEditable,
  copyPlanForYear,
  newPlanDraft,
  type CreatePlanInput,
  type Plan,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound } from '../../errors.js';
import { assertWritable } from '../../tenancy.js';
import { OFFICES } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import {
  CreatePlanRequestSchema,
  UpdatePlanRequestSchema,
  type CopyPlanInput,
} from './plans.types.js';
import { changePlan } from './plans-change.js';
import { otherCommune } from './plans-errors.js';
import { PLAN_NOUN, validPlan } from './plans-load.js';
import { auditSnapshot, planView } from './plans-view.js';

/**
 * Stores a new draft (blank or copied) with its first version and the audit row, in one
 * transaction.
 */
async function createPlan(
  ctx: Context,
  user: SessionUser,
  input: CreatePlanInput | CopyPlanInput,
): Promise<PlanRecord> {
  const at = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    let draft: Plan;
    let copiedFrom: string | null = null;
    if ('copyFromPlanId' in input) {
      const source = await findPlanById(trx, input.copyFromPlanId);
      if (!source) notFound(PLAN_NOUN, input.copyFromPlanId);
      assertWritable(user, source.plan.adminUnitCode, PLAN_NOUN, input.copyFromPlanId);
      const copy = copyPlanForYear(source.plan, input.year, newId());
      draft = input.title === undefined ? copy : { ...copy, title: input.title };
      copiedFrom = source.plan.id;
    } else {
      if (input.adminUnitCode !== user.adminUnitCode) fail(otherCommune(input.adminUnitCode));
      draft = newPlanDraft(newId(), input);
    }
    const plan = validPlan(draft);
    const record = await insertPlan(trx, plan, {
      event: copiedFrom ? 'copy' : 'create',
      comment: null,
      by: user.accountId,
      at,
    });
    await appendAudit(trx, {
      at,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: plan.adminUnitCode,
      action: 'plan.create',
      entityType: 'plan',
      entityId: plan.id,
      after: { ...auditSnapshot(record), title: plan.title, year: plan.year, copiedFrom },
    });
    return record;
  });
}

/** The top-level parts whose value an edit changes, old and new, for the audit row. */
function changedParts(before: Plan, after: Plan, keys: readonly string[]) {
  const read = (plan: Plan, key: string) => (plan as Record<string, unknown>)[key] ?? null;
  const changed = keys.filter(
    (key) => JSON.stringify(read(before, key)) !== JSON.stringify(read(after, key)),
  );
  return {
    before: { changed: Object.fromEntries(changed.map((k) => [k, read(before, k)])) },
    after: { changed: Object.fromEntries(changed.map((k) => [k, read(after, k)])) },
  };
}

/** Creating and editing drafts: the offices' work before the plan goes to the signer. */
export const planWriteProcedures = {
  create: staffProcedure(OFFICES)
    .input(CreatePlanRequestSchema)
    .mutation(async ({ ctx, input }) => planView(await createPlan(ctx, ctx.user, input))),

  update: staffProcedure(OFFICES)
    .input(UpdatePlanRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const { id, expectedVersion, ...changes } = input;
      const { after } = await changePlan(
        ctx,
        user,
        { id, expectedVersion },
        'update',
        (current) => {
          const refusal = checkPlanEditable(current.plan.status, user.role, {
            issuerKind: current.plan.issuer.kind,
          });
          if (refusal) fail(refusal);
          const plan: Plan = { ...current.plan, ...changes };
          // An edit never moves a plan to another commune.
          if (plan.adminUnitCode !== current.plan.adminUnitCode)
            fail(otherCommune(plan.adminUnitCode));
          return {
            plan,
            recorded: current.recorded,
            comment: null,
            audit: changedParts(current.plan, plan, Object.keys(changes)),
          };
        },
      );
      return planView(after);
    }),
};
