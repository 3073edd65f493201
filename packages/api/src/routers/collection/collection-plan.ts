import { findPlanById, listVillages, type PetitionPlanFacts } from '@doithoai/db';
import { villageQuota, type WorkingCalendar } from '@doithoai/domain';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { planSchedule } from '../petitions/petition-intake.js';

/**
 * The quota of each village of the plan's commune: the plan's allocation (per unit or per
 * village), else the village's own standing quota (`villages.quota`), else none.
 *
 * @example const quotaOf = await villageQuotas(ctx, plan); quotaOf(villageId) // 5
 */
export async function villageQuotas(ctx: Context, plan: PetitionPlanFacts) {
  const record = await findPlanById(ctx.db, plan.id);
  const villages = await listVillages(ctx.db, plan.adminUnitCode);
  const groups = record?.plan.participantGroups ?? [];
  return {
    villages,
    quotaOf: (villageId: string) =>
      villageQuota(groups, villageId) ??
      villages.find((v) => v.id === villageId)?.quota ??
      undefined,
  };
}

/**
 * A village of the plan's commune, or NOT_FOUND.
 *
 * @example const village = await planVillage(ctx, plan, input.villageId);
 */
export async function planVillage(ctx: Context, plan: PetitionPlanFacts, villageId: string) {
  const village = (await listVillages(ctx.db, plan.adminUnitCode)).find((v) => v.id === villageId);
  if (!village) notFound('thôn, bản', villageId);
  return village;
}

export { planSchedule };
export type { WorkingCalendar };
