import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/** Some communes over a reporting period (both days included). */
export interface PeriodScope {
  adminUnitCodes: readonly string[];
  from: string;
  to: string;
}

export interface HeldDialogue {
  planId: string;
  adminUnitCode: string;
  issuerKind: string;
  title: string;
  documentSymbol: string;
  documentNumber: number | null;
  heldOn: string;
}

/**
 * The dialogues held in the period, in date order.
 *
 * @example await listDialoguesHeld(db, { adminUnitCodes: ['02086'], from: '2025-10-01', to: '2025-12-31' })
 */
export async function listDialoguesHeld(
  db: Kysely<Database>,
  scope: PeriodScope,
): Promise<HeldDialogue[]> {
  if (scope.adminUnitCodes.length === 0) return [];
  const rows = await db
    .selectFrom('plans')
    .select([
      'id',
      'admin_unit_code',
      'issuer_kind',
      'title',
      'document_symbol',
      'document_number',
      'held_on',
    ])
    .where('admin_unit_code', 'in', scope.adminUnitCodes)
    .where('held_on', '>=', scope.from)
    .where('held_on', '<=', scope.to)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    planId: r.id,
    adminUnitCode: r.admin_unit_code,
    issuerKind: r.issuer_kind,
    title: r.title,
    documentSymbol: r.document_symbol,
    documentNumber: r.document_number === null ? null : Number(r.document_number),
    heldOn: r.held_on as string,
  }));
}

export interface PetitionPeriodCounts {
  adminUnitCode: string;
  received: number;
  settled: number;
  outstanding: number;
}

/**
 * Petitions received in the period, settled in it, and outstanding at its end, per commune —
 * one aggregate query. A petition in a settled state counts on the day of its answer (or, for
 * one closed at the conference, the day the dialogue was held); the caller says which states
 * are settled and which withdrawn (the domain's `petitionStatusesIn`).
 *
 * @example await countPetitionsForPeriod(db, scope, { settled: petitionStatusesIn('settled'), withdrawn: ['withdrawn'] })
 */
export async function countPetitionsForPeriod(
  db: Kysely<Database>,
  scope: PeriodScope,
  groups: { settled: readonly string[]; withdrawn: readonly string[] },
): Promise<PetitionPeriodCounts[]> {
  if (scope.adminUnitCodes.length === 0 || groups.settled.length === 0) return [];
  const { from, to } = scope;
  const settledStates = sql.join(groups.settled.map((s) => sql`${s}`));
  const withdrawnStates = sql.join([...groups.withdrawn, ''].map((s) => sql`${s}`));
  const closedOn = sql<
    string | null
  >`(case when pe.status in (${settledStates}) then coalesce(pe.answered_on, pl.held_on) end)`;
  const rows = await db
    .selectFrom('petitions as pe')
    .innerJoin('plans as pl', 'pl.id', 'pe.plan_id')
    .select('pe.admin_unit_code')
    .select(
      sql<
        string | number
      >`sum(case when pe.received_on >= ${from} and pe.received_on <= ${to} then 1 else 0 end)`.as(
        'received',
      ),
    )
    .select(
      sql<
        string | number
      >`sum(case when ${closedOn} >= ${from} and ${closedOn} <= ${to} then 1 else 0 end)`.as(
        'settled',
      ),
    )
    .select(
      sql<
        string | number
      >`sum(case when pe.status not in (${withdrawnStates}) and (${closedOn} is null or ${closedOn} > ${to}) then 1 else 0 end)`.as(
        'outstanding',
      ),
    )
    .where('pe.admin_unit_code', 'in', scope.adminUnitCodes)
    .where('pe.received_on', '<=', to)
    .where(sql<boolean>`(${closedOn} is null or ${closedOn} >= ${from})`)
    .groupBy('pe.admin_unit_code')
    .orderBy('pe.admin_unit_code')
    .execute();
  return rows.map((r) => ({
    adminUnitCode: r.admin_unit_code,
    received: Number(r.received ?? 0),
    settled: Number(r.settled ?? 0),
    outstanding: Number(r.outstanding ?? 0),
  }));
}
