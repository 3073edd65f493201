import { toSearchKey, type IsoDate, type IssuerKind, type PlanStatus } from '@doithoai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

export interface PlanListFilter {
  /** The communes the caller may read; an empty list finds nothing. */
  adminUnitCodes: readonly string[];
  year?: number | undefined;
  statuses?: readonly PlanStatus[] | undefined;
  issuerKind?: IssuerKind | undefined;
  /** Free text, matched without diacritics: "dat dai" finds "đất đai". */
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** One line of the plans list: the indexed columns, without the body. */
export interface PlanSummary {
  id: string;
  adminUnitCode: string;
  issuerKind: IssuerKind;
  documentSymbol: string;
  documentNumber: number | null;
  year: number;
  title: string;
  regulationProfileId: string;
  status: PlanStatus;
  dialogueDate: IsoDate | null;
  windowFrom: IsoDate | null;
  windowTo: IsoDate | null;
  issuedOn: IsoDate | null;
  version: number;
  updatedAt: string;
}

/** `%` and `_` typed by a user are letters, not wildcards. */
function likePattern(key: string): string {
  return `%${key.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * Plans of the given communes, newest year first, filtered by year, states, issuer and text.
 *
 * @example await listPlans(db, { adminUnitCodes: ['02086'], year: 2025, q: 'cho moi' })
 */
export async function listPlans(
  db: Kysely<Database>,
  filter: PlanListFilter,
): Promise<PlanSummary[]> {
  if (filter.adminUnitCodes.length === 0) return [];
  let query = db
    .selectFrom('plans')
    .select([
      'id',
      'admin_unit_code',
      'issuer_kind',
      'document_symbol',
      'document_number',
      'year',
      'title',
      'regulation_profile_id',
      'status',
      'dialogue_date',
      'window_from',
      'window_to',
      'issued_on',
      'version',
      'updated_at',
    ])
    .where('admin_unit_code', 'in', [...filter.adminUnitCodes]);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.issuerKind !== undefined) query = query.where('issuer_kind', '=', filter.issuerKind);
  const key = filter.q === undefined ? '' : toSearchKey(filter.q);
  if (key !== '')
    query = query.where(sql<boolean>`search_key like ${likePattern(key)} escape '\\'`);
  const rows = await query
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    issuerKind: row.issuer_kind as IssuerKind,
    documentSymbol: row.document_symbol,
    documentNumber: row.document_number === null ? null : Number(row.document_number),
    year: Number(row.year),
    title: row.title,
    regulationProfileId: row.regulation_profile_id,
    status: row.status as PlanStatus,
    dialogueDate: row.dialogue_date,
    windowFrom: row.window_from,
    windowTo: row.window_to,
    issuedOn: row.issued_on,
    version: Number(row.version),
    updatedAt: row.updated_at,
  }));
}
