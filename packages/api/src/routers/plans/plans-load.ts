import { findPlanById, type PlanRecord } from '@doithoai/db';
import { PlanSchema, type Actor, type Plan } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { assertReadable } from '../../tenancy.js';

export const PLAN_NOUN = 'kế hoạch';

/**
 * A plan the caller may read; another commune's plan is NOT_FOUND, as if it did not exist.
 *
 * @example const record = await loadReadablePlan(ctx, user, input.id);
 */
export async function loadReadablePlan(
  ctx: Context,
  user: SessionUser,
  id: string,
): Promise<PlanRecord> {
  const record = await findPlanById(ctx.db, id);
  if (!record) notFound(PLAN_NOUN, id);
  await assertReadable(ctx, user, record.plan.adminUnitCode, PLAN_NOUN, id);
  return record;
}

/**
 * The plan as the domain's `PlanSchema` accepts it (symbol and signer follow the issuer's
 * convention, a numbered plan has its number, date and signer…), or BAD_REQUEST with the
 * schema's Vietnamese messages per field.
 *
 * @example const plan = validPlan({ ...current.plan, ...changes });
 */
export function validPlan(plan: Plan): Plan {
  const parsed = PlanSchema.safeParse(plan);
  if (parsed.success) return parsed.data;
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: `Kế hoạch chưa hợp lệ: ${parsed.error.issues.map((i) => i.message).join(' ')}`,
    cause: parsed.error,
  });
}

/** The signed-in user as the domain's state machines see them. */
export function actorOf(user: SessionUser): Actor {
  return {
    role: user.role,
    userId: user.accountId,
    ...(user.organisationId ? { organisationId: user.organisationId } : {}),
  };
}
