import type { FollowUpStatus, IssuerKind } from '@doithoai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/**
 * A follow-up task as stored. `dueOn` is the date in force (an extension moves it);
 * `originalDueOn` the first one, read from the oldest extension, so it stays visible.
 */
export interface FollowUpTaskRecord {
  id: string;
  adminUnitCode: string;
  planId: string;
  planTitle: string;
  planYear: number;
  issuerKind: IssuerKind;
  petitionId: string | null;
  conclusionItemId: string | null;
  content: string;
  responsibleOrganisation: { id: string; name: string };
  ruleId: string | null;
  dueOn: string;
  originalDueOn: string;
  extensionCount: number;
  status: FollowUpStatus;
  statusReason: string | null;
  report: string | null;
  doneOn: string | null;
  nextPlanId: string | null;
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewFollowUpTask {
  adminUnitCode: string;
  planId: string;
  petitionId: string | null;
  conclusionItemId: string | null;
  content: string;
  responsibleOrganisationId: string;
  ruleId: string | null;
  dueOn: string;
  createdBy: string | null;
}

/**
 * Stores a new task, open, version 1.
 *
 * @example const id = await insertFollowUpTask(trx, { adminUnitCode: '21343', planId, petitionId: null, conclusionItemId, content: 'Khảo sát tuyến đường thôn Thượng', responsibleOrganisationId, ruleId: 'written-answer', dueOn: '2026-01-09', createdBy }, now)
 */
export async function insertFollowUpTask(
  db: Kysely<Database>,
  task: NewFollowUpTask,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('follow_up_tasks')
    .values({
      id,
      admin_unit_code: task.adminUnitCode,
      plan_id: task.planId,
      petition_id: task.petitionId,
      conclusion_item_id: task.conclusionItemId,
      content: task.content,
      responsible_organisation_id: task.responsibleOrganisationId,
      rule_id: task.ruleId,
      due_on: task.dueOn,
      status: 'open',
      version: 1,
      created_by: task.createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

function selectTasks(db: Kysely<Database>) {
  return db
    .selectFrom('follow_up_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .innerJoin('organisations as o', 'o.id', 't.responsible_organisation_id')
    .selectAll('t')
    .select(['p.title as plan_title', 'p.year as plan_year', 'p.issuer_kind', 'o.name as org_name'])
    .select((eb) => [
      eb
        .selectFrom('extensions as e')
        .select((e) => e.fn.min('e.previous_due_on').as('first'))
        .whereRef('e.task_id', '=', 't.id')
        .as('first_due_on'),
      eb
        .selectFrom('extensions as e')
        .select((e) => e.fn.countAll<string | number>().as('n'))
        .whereRef('e.task_id', '=', 't.id')
        .as('extension_count'),
    ]);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

function toRecord(row: TaskRow): FollowUpTaskRecord {
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    planId: row.plan_id,
    planTitle: row.plan_title,
    planYear: Number(row.plan_year),
    issuerKind: row.issuer_kind as IssuerKind,
    petitionId: row.petition_id,
    conclusionItemId: row.conclusion_item_id,
    content: row.content,
    responsibleOrganisation: { id: row.responsible_organisation_id, name: row.org_name },
    ruleId: row.rule_id,
    dueOn: row.due_on,
    originalDueOn: row.first_due_on ?? row.due_on,
    extensionCount: Number(row.extension_count ?? 0),
    status: row.status as FollowUpStatus,
    statusReason: row.status_reason,
    report: row.report,
    doneOn: row.done_on,
    nextPlanId: row.next_plan_id,
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** @example await findFollowUpTask(db, id) // FollowUpTaskRecord | undefined */
export async function findFollowUpTask(
  db: Kysely<Database>,
  id: string,
): Promise<FollowUpTaskRecord | undefined> {
  const row = await selectTasks(db).where('t.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export interface FollowUpTaskFilter {
  adminUnitCodes: readonly string[];
  planIds?: readonly string[] | undefined;
  year?: number | undefined;
  responsibleOrganisationId?: string | undefined;
  statuses?: readonly FollowUpStatus[] | undefined;
  petitionIds?: readonly string[] | undefined;
  /** True: reported done (has a completion date); false: not yet. */
  done?: boolean | undefined;
}

/**
 * Tasks of some communes, by plan, year, body, state; oldest due first.
 *
 * @example await listFollowUpTasks(db, { adminUnitCodes: ['02086'], planIds: [planId] })
 */
export async function listFollowUpTasks(
  db: Kysely<Database>,
  filter: FollowUpTaskFilter,
): Promise<FollowUpTaskRecord[]> {
  const empty = [filter.adminUnitCodes, filter.planIds, filter.statuses, filter.petitionIds].some(
    (list) => list !== undefined && list.length === 0,
  );
  if (empty) return [];
  let query = selectTasks(db).where('t.admin_unit_code', 'in', filter.adminUnitCodes);
  if (filter.planIds) query = query.where('t.plan_id', 'in', filter.planIds);
  if (filter.year !== undefined) query = query.where('p.year', '=', filter.year);
  if (filter.responsibleOrganisationId)
    query = query.where('t.responsible_organisation_id', '=', filter.responsibleOrganisationId);
  if (filter.statuses) query = query.where('t.status', 'in', filter.statuses);
  if (filter.petitionIds) query = query.where('t.petition_id', 'in', filter.petitionIds);
  if (filter.done !== undefined)
    query = query.where('t.done_on', filter.done ? 'is not' : 'is', null);
  const rows = await query.orderBy('t.due_on').orderBy('t.created_at').orderBy('t.id').execute();
  return rows.map(toRecord);
}

/** The fields a workflow step may change. `null` clears a field; absent leaves it. */
export interface FollowUpTaskChanges {
  status?: FollowUpStatus;
  statusReason?: string | null;
  report?: string | null;
  doneOn?: string | null;
  dueOn?: string;
  nextPlanId?: string | null;
}

/**
 * Applies a step's changes if nobody changed the task since `expectedVersion`; false otherwise.
 *
 * @example if (!(await updateFollowUpTask(trx, id, 3, { status: 'verified' }, now))) staleVersion('Nhiệm vụ');
 */
export async function updateFollowUpTask(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: FollowUpTaskChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('follow_up_tasks')
    .set({
      ...(changes.status === undefined ? {} : { status: changes.status }),
      ...(changes.statusReason === undefined ? {} : { status_reason: changes.statusReason }),
      ...(changes.report === undefined ? {} : { report: changes.report }),
      ...(changes.doneOn === undefined ? {} : { done_on: changes.doneOn }),
      ...(changes.dueOn === undefined ? {} : { due_on: changes.dueOn }),
      ...(changes.nextPlanId === undefined ? {} : { next_plan_id: changes.nextPlanId }),
      version: sql<number>`version + 1`,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
