import type { Plan } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { newId } from '../repositories/ids.js';
import {
  NO_RECORDED_DATES,
  planColumns,
  type RecordedPlanDates,
} from '../repositories/plans-rows.repository.js';
import type { Database } from '../tables/index.js';

/**
 * A plan row at any point of its life, for suites that need one without walking the workflow
 * (petitions, conference, follow-up, reports). The columns come from the plans repository's own
 * mapping (`planColumns`), so test rows are stored exactly as real ones.
 *
 * @example const { id } = await insertTestPlan(db, { ...aChoMoiPlan(), id: newId(), status: 'held', documentNumber: 14, issuedOn: '2025-11-10' }, { recorded: { heldOn: '2025-12-10' } })
 */
export async function insertTestPlan(
  db: Kysely<Database>,
  plan: Plan,
  options: { recorded?: Partial<RecordedPlanDates>; at?: string } = {},
): Promise<{ id: string; version: number }> {
  const at = options.at ?? '2025-11-10T02:00:00.000Z';
  const id = plan.id || newId();
  await db
    .insertInto('plans')
    .values({
      id,
      ...planColumns(plan, { ...NO_RECORDED_DATES, ...options.recorded }),
      version: 1,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, version: 1 };
}
