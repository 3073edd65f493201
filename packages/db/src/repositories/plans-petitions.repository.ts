import type { PetitionStatus } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * The states of a plan's petitions, one per petition: what the domain's
 * `countPetitionsKeepingPlanOpen` needs before a plan may be closed.
 *
 * @example countPetitionsKeepingPlanOpen(await listPetitionStatusesOfPlan(trx, planId)) // 0
 */
export async function listPetitionStatusesOfPlan(
  db: Kysely<Database>,
  planId: string,
): Promise<PetitionStatus[]> {
  const rows = await db
    .selectFrom('petitions')
    .select('status')
    .where('plan_id', '=', planId)
    .execute();
  return rows.map((row) => row.status as PetitionStatus);
}
