import type { FindingKind, Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/** What a finding is about, as the table names it. */
export type FindingTargetType = 'plan' | 'petition' | 'follow-up-task';

/**
 * A Front supervision finding. Findings are a record of what the Front saw: there is no update
 * and no delete here, only `insertFinding` and the reads.
 */
export interface FindingRecord {
  id: string;
  adminUnitCode: string;
  planId: string | null;
  targetType: FindingTargetType;
  targetId: string;
  kind: FindingKind;
  note: string | null;
  observedOn: string | null;
  recordedBy: { accountId: string; fullName: string; role: Role | null };
  recordedAt: string;
  /**
   * The petition a petition finding is about, so a reader can tell which one is meant (issue 18:
   * the Party's pages read "Kiến nghị: —" when it had no follow-up line); null otherwise.
   */
  aboutPetition: { trackingCode: string; content: string } | null;
}

export type NewFinding = Omit<FindingRecord, 'id' | 'recordedBy' | 'aboutPetition'> & {
  recordedBy: string;
};

/**
 * Stores a finding (the table's `note` is required text: a finding without one stores '').
 *
 * @example await insertFinding(trx, { adminUnitCode: '03640', planId, targetType: 'follow-up-task', targetId, kind: 'visited', note: null, observedOn: '2025-09-15', recordedBy, recordedAt })
 */
export async function insertFinding(db: Kysely<Database>, finding: NewFinding): Promise<string> {
  const id = newId();
  await db
    .insertInto('findings')
    .values({
      id,
      admin_unit_code: finding.adminUnitCode,
      plan_id: finding.planId,
      target_type: finding.targetType,
      target_id: finding.targetId,
      kind: finding.kind,
      note: finding.note ?? '',
      observed_on: finding.observedOn,
      recorded_by: finding.recordedBy,
      recorded_at: finding.recordedAt,
    })
    .execute();
  return id;
}

export interface FindingFilter {
  adminUnitCodes: readonly string[];
  planId?: string | undefined;
  targetType?: FindingTargetType | undefined;
  targetIds?: readonly string[] | undefined;
  kind?: FindingKind | undefined;
  ids?: readonly string[] | undefined;
}

/**
 * Findings of some communes, newest first.
 *
 * @example await listFindings(db, { adminUnitCodes: ['02086'], planId })
 */
export async function listFindings(
  db: Kysely<Database>,
  filter: FindingFilter,
): Promise<FindingRecord[]> {
  const empty = [filter.adminUnitCodes, filter.targetIds, filter.ids].some(
    (list) => list !== undefined && list.length === 0,
  );
  if (empty) return [];
  let query = db
    .selectFrom('findings as f')
    .innerJoin('accounts as a', 'a.id', 'f.recorded_by')
    .leftJoin('petitions as p', (join) =>
      join.onRef('p.id', '=', 'f.target_id').on('f.target_type', '=', 'petition'),
    )
    .selectAll('f')
    .select(['a.full_name', 'a.role', 'p.tracking_code', 'p.content as petition_content'])
    .where('f.admin_unit_code', 'in', filter.adminUnitCodes);
  if (filter.planId) query = query.where('f.plan_id', '=', filter.planId);
  if (filter.targetType) query = query.where('f.target_type', '=', filter.targetType);
  if (filter.targetIds) query = query.where('f.target_id', 'in', filter.targetIds);
  if (filter.kind) query = query.where('f.kind', '=', filter.kind);
  if (filter.ids) query = query.where('f.id', 'in', filter.ids);
  const rows = await query.orderBy('f.recorded_at', 'desc').orderBy('f.id').execute();
  return rows.map((row) => ({
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    planId: row.plan_id,
    targetType: row.target_type as FindingTargetType,
    targetId: row.target_id,
    kind: row.kind as FindingKind,
    note: row.note === '' ? null : row.note,
    observedOn: row.observed_on,
    recordedBy: { accountId: row.recorded_by, fullName: row.full_name, role: row.role as Role },
    recordedAt: row.recorded_at,
    aboutPetition:
      row.tracking_code === null || row.petition_content === null
        ? null
        : { trackingCode: row.tracking_code, content: row.petition_content },
  }));
}
