import type { IssuerKind, Plan } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import {
  NO_RECORDED_DATES,
  planColumns,
  planContentOf,
  toPlanRecord,
  type PlanRecord,
  type RecordedPlanDates,
} from './plans-rows.repository.js';
import { appendPlanVersion, type PlanChange } from './plans-versions.repository.js';

/**
 * Stores a new plan (a draft, or a copy of last year's) as version 1, with its first history
 * line. Pass the transaction that also writes the audit row.
 *
 * @example await insertPlan(trx, newPlanDraft(newId(), input), { event: 'create', comment: null, by: accountId, at })
 */
export async function insertPlan(
  db: Kysely<Database>,
  plan: Plan,
  change: PlanChange,
): Promise<PlanRecord> {
  await db
    .insertInto('plans')
    .values({
      id: plan.id,
      ...planColumns(plan, NO_RECORDED_DATES),
      version: 1,
      created_by: change.by,
      created_at: change.at,
      updated_at: change.at,
    })
    .execute();
  await appendPlanVersion(db, plan.id, 1, plan.status, planContentOf(plan), change);
  return readBack(db, plan.id);
}

/** The plan just written, read back with what the database set. */
async function readBack(db: Kysely<Database>, id: string): Promise<PlanRecord> {
  const record = await findPlanById(db, id);
  if (!record) throw new Error(`The plan ${id} is missing right after it was written`);
  return record;
}

/** @example await findPlanById(db, id) // PlanRecord | undefined */
export async function findPlanById(
  db: Kysely<Database>,
  id: string,
): Promise<PlanRecord | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPlanRecord(row) : undefined;
}

export type SavePlanResult =
  { ok: true; record: PlanRecord } | { ok: false; reason: 'stale-version' | 'number-taken' };

/**
 * True for the unique number constraint's violation, on either dialect (SQLite names the
 * columns, PostgreSQL the constraint).
 */
function isNumberTaken(error: unknown): boolean {
  const { code, constraint, message } = (error ?? {}) as {
    code?: unknown;
    constraint?: unknown;
    message?: unknown;
  };
  if (code === '23505') return constraint === 'plans_issuer_year_number_unique';
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    typeof message === 'string' &&
    message.includes('plans.document_number')
  );
}

/**
 * Writes the plan as the caller computed it, if nobody changed it since `expectedVersion`, and
 * records the new version in the history. A number already given to another plan of the same
 * issuer and year (`plans_issuer_year_number_unique`) comes back as `number-taken`; the caller
 * then throws, so the transaction rolls back.
 *
 * @example
 * const saved = await savePlan(trx, { plan: next, recorded, expectedVersion: 3, change: { event: 'approve', comment: null, by, at } });
 * if (!saved.ok && saved.reason === 'stale-version') staleVersion('Kế hoạch');
 */
export async function savePlan(
  db: Kysely<Database>,
  input: {
    plan: Plan;
    recorded: RecordedPlanDates;
    expectedVersion: number;
    change: PlanChange;
  },
): Promise<SavePlanResult> {
  const { plan, recorded, expectedVersion, change } = input;
  const version = expectedVersion + 1;
  let updated: bigint;
  try {
    const result = await db
      .updateTable('plans')
      .set({ ...planColumns(plan, recorded), version, updated_at: change.at })
      .where('id', '=', plan.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    updated = result.numUpdatedRows;
  } catch (error) {
    if (isNumberTaken(error)) return { ok: false, reason: 'number-taken' };
    throw error;
  }
  if (updated === 0n) return { ok: false, reason: 'stale-version' };
  await appendPlanVersion(db, plan.id, version, plan.status, planContentOf(plan), change);
  return { ok: true, record: await readBack(db, plan.id) };
}

/**
 * The most recent plan of an issuer in a commune (cancelled ones aside): what "copy last
 * year's plan" starts from.
 *
 * @example await findLastPlanOfIssuer(db, { adminUnitCode: '02086', issuerKind: 'party-committee', beforeYear: 2026 })
 */
export async function findLastPlanOfIssuer(
  db: Kysely<Database>,
  filter: {
    adminUnitCode: string;
    issuerKind: IssuerKind;
    documentSymbol?: string | undefined;
    beforeYear?: number | undefined;
  },
): Promise<PlanRecord | undefined> {
  let query = db
    .selectFrom('plans')
    .selectAll()
    .where('admin_unit_code', '=', filter.adminUnitCode)
    .where('issuer_kind', '=', filter.issuerKind)
    .where('status', '!=', 'cancelled');
  if (filter.documentSymbol !== undefined)
    query = query.where('document_symbol', '=', filter.documentSymbol);
  if (filter.beforeYear !== undefined) query = query.where('year', '<', filter.beforeYear);
  const row = await query
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toPlanRecord(row) : undefined;
}
