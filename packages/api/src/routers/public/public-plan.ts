import { findPlanById, type PlanRecord } from '@doithoai/db';
import { isPlanPublic } from '@doithoai/domain';
import type { Context } from '../../context.js';
import { dialogueNotFound } from './public-errors.js';

/** A public plan by id; any other (a draft, another state, no such id) is the same "not found". */
export async function publicPlan(ctx: Context, planId: string): Promise<PlanRecord> {
  const record = await findPlanById(ctx.db, planId);
  if (!record || !isPlanPublic(record.plan.status)) dialogueNotFound();
  return record;
}
