import type { PlanContent, PlanStatus } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/** Who changed a plan, when, by which step (`create`, `update`, `copy` or a workflow event). */
export interface PlanChange {
  event: string;
  comment: string | null;
  by: string | null;
  at: string;
}

export interface PlanVersion {
  version: number;
  status: PlanStatus;
  event: string | null;
  comment: string | null;
  changedBy: { accountId: string; fullName: string } | null;
  changedAt: string;
}

/**
 * Records one version of a plan (its content as it stood, the step that produced it). Called by
 * `insertPlan` and `savePlan`, in the same transaction as the change.
 *
 * @example await appendPlanVersion(trx, planId, 2, 'submitted', content, { event: 'submit', comment: null, by, at })
 */
export async function appendPlanVersion(
  db: Kysely<Database>,
  planId: string,
  version: number,
  status: PlanStatus,
  content: PlanContent,
  change: PlanChange,
): Promise<void> {
  await db
    .insertInto('plan_versions')
    .values({
      id: newId(),
      plan_id: planId,
      version,
      status,
      event: change.event,
      content_json: JSON.stringify(content),
      comment: change.comment,
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}

/**
 * A plan's history, oldest first, with who made each change (the content is left out: ask
 * `findPlanVersionContent` for one version's text).
 *
 * @example (await listPlanVersions(db, planId)).map((v) => v.event) // ['create', 'submit', 'return', …]
 */
export async function listPlanVersions(
  db: Kysely<Database>,
  planId: string,
): Promise<PlanVersion[]> {
  const rows = await db
    .selectFrom('plan_versions as v')
    .leftJoin('accounts as a', 'a.id', 'v.changed_by')
    .select(['v.version', 'v.status', 'v.event', 'v.comment', 'v.changed_by', 'v.changed_at'])
    .select('a.full_name')
    .where('v.plan_id', '=', planId)
    .orderBy('v.version')
    .execute();
  return rows.map((row) => ({
    version: Number(row.version),
    status: row.status as PlanStatus,
    event: row.event,
    comment: row.comment,
    changedBy: row.changed_by ? { accountId: row.changed_by, fullName: row.full_name ?? '' } : null,
    changedAt: row.changed_at,
  }));
}

/**
 * The content of one version, as it stood then.
 *
 * @example (await findPlanVersionContent(db, planId, 1))?.title
 */
export async function findPlanVersionContent(
  db: Kysely<Database>,
  planId: string,
  version: number,
): Promise<PlanContent | undefined> {
  const row = await db
    .selectFrom('plan_versions')
    .select('content_json')
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? (JSON.parse(row.content_json) as PlanContent) : undefined;
}
