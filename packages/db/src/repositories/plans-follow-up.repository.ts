import {
  PlanTimingSchema,
  RuleOverrideSchema,
  type IssuerKind,
  type PlanStatus,
  type PlanTiming,
  type RegulationProfileId,
  type RuleOverride,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database, PlanRow } from '../tables/index.js';

/**
 * What follow-up, supervision and the reports need to know about a plan: who issued it, its
 * profile and the dates its deadlines are counted from. Read-only; plans are written by the
 * plans repository (and `markPlanConcluded`).
 */
export interface FollowUpPlanFacts {
  id: string;
  adminUnitCode: string;
  issuerKind: IssuerKind;
  documentSymbol: string;
  documentNumber: number | null;
  year: number;
  title: string;
  regulationProfileId: RegulationProfileId;
  status: PlanStatus;
  timing: PlanTiming | null;
  dialogueDate: string | null;
  issuedOn: string | null;
  noticeIssuedOn: string | null;
  heldOn: string | null;
  conclusionIssuedOn: string | null;
  scheduleOverrides: RuleOverride[];
  version: number;
}

function parseContent(json: string): { timing?: unknown; scheduleOverrides?: unknown } {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/** A plan row as facts; a content that no longer parses gives no timing and no overrides. */
export function toFollowUpPlanFacts(row: PlanRow): FollowUpPlanFacts {
  const content = parseContent(row.content_json);
  const timing = PlanTimingSchema.safeParse(content.timing);
  const overrides = RuleOverrideSchema.array().safeParse(content.scheduleOverrides ?? []);
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    issuerKind: row.issuer_kind as IssuerKind,
    documentSymbol: row.document_symbol,
    documentNumber: row.document_number === null ? null : Number(row.document_number),
    year: Number(row.year),
    title: row.title,
    regulationProfileId: row.regulation_profile_id as RegulationProfileId,
    status: row.status as PlanStatus,
    timing: timing.success ? timing.data : null,
    dialogueDate: row.dialogue_date,
    issuedOn: row.issued_on,
    noticeIssuedOn: row.notice_issued_on,
    heldOn: row.held_on,
    conclusionIssuedOn: row.conclusion_issued_on,
    scheduleOverrides: overrides.success ? overrides.data : [],
    version: Number(row.version),
  };
}

/** @example await findFollowUpPlan(db, planId) // FollowUpPlanFacts | undefined */
export async function findFollowUpPlan(
  db: Kysely<Database>,
  id: string,
): Promise<FollowUpPlanFacts | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFollowUpPlanFacts(row) : undefined;
}

export interface FollowUpPlanFilter {
  adminUnitCodes: readonly string[];
  year?: number | undefined;
  ids?: readonly string[] | undefined;
  statuses?: readonly PlanStatus[] | undefined;
  /** Plans whose dialogue date is on or after this day (upcoming dialogues). */
  dialogueOnOrAfter?: string | undefined;
}

/**
 * Plans of some communes, filtered on the indexed (commune, year, status) columns.
 *
 * @example await listFollowUpPlans(db, { adminUnitCodes: ['02086'], year: 2025 })
 */
export async function listFollowUpPlans(
  db: Kysely<Database>,
  filter: FollowUpPlanFilter,
): Promise<FollowUpPlanFacts[]> {
  if (filter.adminUnitCodes.length === 0 || filter.ids?.length === 0) return [];
  let query = db
    .selectFrom('plans')
    .selectAll()
    .where('admin_unit_code', 'in', filter.adminUnitCodes);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.ids) query = query.where('id', 'in', filter.ids);
  if (filter.statuses) query = query.where('status', 'in', filter.statuses);
  if (filter.dialogueOnOrAfter)
    query = query.where('dialogue_date', '>=', filter.dialogueOnOrAfter);
  const rows = await query.orderBy('dialogue_date').orderBy('id').execute();
  return rows.map(toFollowUpPlanFacts);
}
