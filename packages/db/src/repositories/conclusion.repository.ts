import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/** What the notice says beyond its number and date (stored as JSON in `content_json`). */
export interface ConclusionNoticeContent {
  /** "Quan điểm giải quyết của chính quyền" (seed 004 §II.4). */
  position: string;
  signer: unknown;
  publishedVia: string[];
  publishedOn?: string;
  items: ConclusionNoticeItem[];
}

/** One assignment, with the task it became and where its due date came from. */
export interface ConclusionNoticeItem {
  id: string;
  content: string;
  responsibleOrganisationId: string;
  /** The date in force when the notice was issued (given, or counted by `ruleId`). */
  dueOn: string;
  /** True when the notice wrote the date; false when it was counted from the profile. */
  dueOnGiven: boolean;
  ruleId: string | null;
  /** The regulation clause or the notice the date comes from, and how it was counted. */
  source: string;
  explanation: string;
  relatedPetitionIds: string[];
  taskId: string;
}

export interface ConclusionNoticeRecord {
  id: string;
  planId: string;
  adminUnitCode: string;
  documentNumber: number | null;
  documentSymbol: string;
  issuedOn: string;
  content: ConclusionNoticeContent;
  createdBy: string | null;
  createdAt: string;
}

export type NewConclusionNotice = Omit<ConclusionNoticeRecord, 'id' | 'createdAt'>;

/**
 * Stores the conclusion notice of a plan; the table allows one per plan
 * (`conclusion_notices.plan_id` is unique), so a second insert fails and rolls the transaction back.
 *
 * @example const id = await insertConclusionNotice(trx, { planId, adminUnitCode: '21343', documentNumber: 12, documentSymbol: 'TB-UBND', issuedOn: '2025-12-18', content, createdBy }, now)
 */
export async function insertConclusionNotice(
  db: Kysely<Database>,
  notice: NewConclusionNotice,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('conclusion_notices')
    .values({
      id,
      plan_id: notice.planId,
      admin_unit_code: notice.adminUnitCode,
      document_number: notice.documentNumber,
      document_symbol: notice.documentSymbol,
      issued_on: notice.issuedOn,
      content_json: JSON.stringify(notice.content),
      created_by: notice.createdBy,
      created_at: now,
    })
    .execute();
  return id;
}

/** The notices of some plans (at most one each). @example await listConclusionNotices(db, [planId]) */
export async function listConclusionNotices(
  db: Kysely<Database>,
  planIds: readonly string[],
): Promise<ConclusionNoticeRecord[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('conclusion_notices')
    .selectAll()
    .where('plan_id', 'in', planIds)
    .orderBy('issued_on')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    adminUnitCode: row.admin_unit_code,
    documentNumber: row.document_number === null ? null : Number(row.document_number),
    documentSymbol: row.document_symbol,
    issuedOn: row.issued_on,
    content: JSON.parse(row.content_json) as ConclusionNoticeContent,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }));
}

/** @example await findConclusionNotice(db, planId) // ConclusionNoticeRecord | undefined */
export async function findConclusionNotice(
  db: Kysely<Database>,
  planId: string,
): Promise<ConclusionNoticeRecord | undefined> {
  return (await listConclusionNotices(db, [planId]))[0];
}

/**
 * Records on the plan that its conclusion was issued: status `concluded`, the date, a new
 * version (only if still at `expectedVersion`) and a line in the plan's history. False when
 * someone changed the plan meanwhile.
 *
 * @example if (!(await markPlanConcluded(trx, { planId, expectedVersion: 5, issuedOn: '2025-12-18', by, at, comment }))) staleVersion('Kế hoạch');
 */
export async function markPlanConcluded(
  db: Kysely<Database>,
  input: {
    planId: string;
    expectedVersion: number;
    issuedOn: string;
    by: string | null;
    at: string;
    comment: string;
    /** `conclude` when this concludes the plan; `conclusion-notice` when it was concluded before. */
    event?: 'conclude' | 'conclusion-notice';
  },
): Promise<boolean> {
  const result = await db
    .updateTable('plans')
    .set({
      status: 'concluded',
      conclusion_issued_on: input.issuedOn,
      version: sql<number>`version + 1`,
      updated_at: input.at,
    })
    .where('id', '=', input.planId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  const row = await db
    .selectFrom('plans')
    .select(['content_json', 'version'])
    .where('id', '=', input.planId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_versions')
    .values({
      id: newId(),
      plan_id: input.planId,
      version: Number(row.version),
      status: 'concluded',
      event: input.event ?? 'conclude',
      content_json: row.content_json,
      comment: input.comment,
      changed_by: input.by,
      changed_at: input.at,
    })
    .execute();
  return true;
}
