import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * Dashboard counts. Every query is an aggregate scoped to some communes and one plan year — a
 * period, never all history — except open work (tasks, owed answers), which is live whatever
 * year it started in and is bounded by what is still open; grouped on indexed columns (petitions by plan and state, field or
 * village; follow-up tasks by commune, state and due date).
 */
export interface ReportScope {
  adminUnitCodes: readonly string[];
  /** The plans' year (kế hoạch năm …). */
  year: number;
}

/**
 * The petitions of the scope's year, found through that year's plans (`plans_unit_year_idx`,
 * then `petitions_plan_*` by plan id), so the cost follows one year's petitions, never the
 * communes' whole history. The communes are filtered on the plans only — a petition belongs to
 * its plan's commune (intake stores the plan's) —: a condition on the petitions' own
 * `admin_unit_code` led SQLite to walk every petition the commune ever had (tooling/bench
 * `dashboard-p95/large-vs-small`: 2.5× slower at 1,000,000 petitions than at 10,000).
 */
function petitionsOfYear(db: Kysely<Database>, scope: ReportScope) {
  return db
    .selectFrom('petitions as pe')
    .where((eb) =>
      eb(
        'pe.plan_id',
        'in',
        eb
          .selectFrom('plans as pl')
          .select('pl.id')
          .where('pl.admin_unit_code', 'in', scope.adminUnitCodes)
          .where('pl.year', '=', scope.year),
      ),
    );
}

/** @example await countPetitionsByStatus(db, { adminUnitCodes: ['02086'], year: 2025 }) // [{ status: 'received', count: 12 }, …] */
export async function countPetitionsByStatus(
  db: Kysely<Database>,
  scope: ReportScope,
): Promise<{ status: string; count: number }[]> {
  if (scope.adminUnitCodes.length === 0) return [];
  const rows = await petitionsOfYear(db, scope)
    .select((eb) => ['pe.status', eb.fn.countAll<string | number>().as('n')])
    .groupBy('pe.status')
    .orderBy('pe.status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/** @example await countPetitionsByField(db, scope) // [{ field: 'land-environment', count: 5 }, { field: null, count: 2 }] */
export async function countPetitionsByField(
  db: Kysely<Database>,
  scope: ReportScope,
): Promise<{ field: string | null; count: number }[]> {
  if (scope.adminUnitCodes.length === 0) return [];
  const rows = await petitionsOfYear(db, scope)
    .select((eb) => ['pe.field', eb.fn.countAll<string | number>().as('n')])
    .groupBy('pe.field')
    .orderBy('pe.field')
    .execute();
  return rows.map((r) => ({ field: r.field, count: Number(r.n) }));
}

/** @example await countPetitionsByVillage(db, scope) // [{ villageId, villageName: 'Bản Mỳ', count: 3 }] */
export async function countPetitionsByVillage(
  db: Kysely<Database>,
  scope: ReportScope,
): Promise<{ villageId: string | null; villageName: string | null; count: number }[]> {
  if (scope.adminUnitCodes.length === 0) return [];
  const rows = await petitionsOfYear(db, scope)
    .leftJoin('villages as v', 'v.id', 'pe.village_id')
    .select((eb) => ['pe.village_id', 'v.name', eb.fn.countAll<string | number>().as('n')])
    .groupBy(['pe.village_id', 'v.name'])
    .orderBy('v.name')
    .execute();
  return rows.map((r) => ({ villageId: r.village_id, villageName: r.name, count: Number(r.n) }));
}

/**
 * Open work is live whatever year its dialogue was: without `year`, every open item of the
 * communes counts (issue 18: a 2025 task 25 working days late must show on the 2026 dashboard).
 */
export interface OpenWorkScope {
  adminUnitCodes: readonly string[];
  year?: number;
}

/**
 * Open follow-up tasks (given or in progress) counted per responsible body and due date: the
 * caller turns each due date into a deadline state (due soon, overdue…) with the domain.
 *
 * @example await countOpenTasksByBodyAndDueDate(db, scope) // [{ organisationId, organisationName: 'Công an xã', dueOn: '2026-01-09', count: 2 }]
 */
export async function countOpenTasksByBodyAndDueDate(
  db: Kysely<Database>,
  scope: OpenWorkScope,
): Promise<{ organisationId: string; organisationName: string; dueOn: string; count: number }[]> {
  if (scope.adminUnitCodes.length === 0) return [];
  const rows = await db
    .selectFrom('follow_up_tasks as t')
    .innerJoin('plans as pl', 'pl.id', 't.plan_id')
    .innerJoin('organisations as o', 'o.id', 't.responsible_organisation_id')
    .select((eb) => [
      't.responsible_organisation_id',
      'o.name',
      't.due_on',
      eb.fn.countAll<string | number>().as('n'),
    ])
    .where('t.admin_unit_code', 'in', scope.adminUnitCodes)
    .where('t.status', 'in', ['open', 'in-progress'])
    .$if(scope.year !== undefined, (q) => q.where('pl.year', '=', scope.year ?? 0))
    .groupBy(['t.responsible_organisation_id', 'o.name', 't.due_on'])
    .orderBy('o.name')
    .orderBy('t.due_on')
    .execute();
  return rows.map((r) => ({
    organisationId: r.responsible_organisation_id,
    organisationName: r.name,
    dueOn: r.due_on,
    count: Number(r.n),
  }));
}

/**
 * Written answers the communes still owe (`openStatuses`, no answer recorded), counted per due
 * date, every year: the caller turns each due date into a deadline state with the domain.
 *
 * @example await countOwedAnswersByDueDate(db, { adminUnitCodes: ['02086'] }, ['awaiting-written-answer']) // [{ dueOn: '2026-01-09', count: 3 }]
 */
export async function countOwedAnswersByDueDate(
  db: Kysely<Database>,
  scope: OpenWorkScope,
  openStatuses: readonly string[],
): Promise<{ dueOn: string; count: number }[]> {
  if (scope.adminUnitCodes.length === 0 || openStatuses.length === 0) return [];
  const rows = await db
    .selectFrom('petitions as pe')
    .innerJoin('plans as pl', 'pl.id', 'pe.plan_id')
    .select((eb) => ['pe.answer_due_on', eb.fn.countAll<string | number>().as('n')])
    .where('pl.admin_unit_code', 'in', scope.adminUnitCodes)
    .$if(scope.year !== undefined, (q) => q.where('pl.year', '=', scope.year ?? 0))
    .where('pe.status', 'in', [...openStatuses])
    .where('pe.answer_due_on', 'is not', null)
    .where('pe.answered_on', 'is', null)
    .groupBy('pe.answer_due_on')
    .orderBy('pe.answer_due_on')
    .execute();
  // `answer_due_on is not null` above: every group has its date.
  return rows.flatMap((r) =>
    r.answer_due_on === null ? [] : [{ dueOn: r.answer_due_on, count: Number(r.n) }],
  );
}
