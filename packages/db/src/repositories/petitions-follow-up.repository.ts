import type { Complexity, PetitionStatus, RuleId } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * What follow-up and supervision need of a petition: no personal data (name, phone, address
 * stay in the register, whose every export is logged).
 */
export interface FollowUpPetitionFacts {
  id: string;
  adminUnitCode: string;
  planId: string;
  trackingCode: string;
  content: string;
  status: PetitionStatus;
  field: string | null;
  complexity: Complexity | null;
  assignedOrganisation: { id: string; name: string } | null;
  receivedOn: string;
  answerDueOn: string | null;
  /** The rule that gave `answerDueOn`, stored beside it; null when no rule did. */
  answerDueRule: RuleId | null;
  answeredOn: string | null;
  conferenceOutcome: string | null;
}

function selectPetitions(db: Kysely<Database>) {
  return db
    .selectFrom('petitions as pe')
    .leftJoin('organisations as o', 'o.id', 'pe.assigned_organisation_id')
    .select([
      'pe.id',
      'pe.admin_unit_code',
      'pe.plan_id',
      'pe.tracking_code',
      'pe.content',
      'pe.status',
      'pe.field',
      'pe.complexity',
      'pe.assigned_organisation_id',
      'o.name as org_name',
      'pe.received_on',
      'pe.answer_due_on',
      'pe.answer_due_rule',
      'pe.answered_on',
      'pe.conference_outcome',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPetitions>['executeTakeFirstOrThrow']>>;

function toFacts(row: Row): FollowUpPetitionFacts {
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    planId: row.plan_id,
    trackingCode: row.tracking_code,
    content: row.content,
    status: row.status as PetitionStatus,
    field: row.field,
    complexity: row.complexity as Complexity | null,
    assignedOrganisation: row.assigned_organisation_id
      ? { id: row.assigned_organisation_id, name: row.org_name ?? '' }
      : null,
    receivedOn: row.received_on,
    answerDueOn: row.answer_due_on,
    answerDueRule: row.answer_due_rule as RuleId | null,
    answeredOn: row.answered_on,
    conferenceOutcome: row.conference_outcome,
  };
}

/** @example await findFollowUpPetitions(db, [petitionId]) */
export async function findFollowUpPetitions(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<FollowUpPetitionFacts[]> {
  if (ids.length === 0) return [];
  const rows = await selectPetitions(db).where('pe.id', 'in', ids).execute();
  return rows.map(toFacts);
}

/**
 * The petitions of some plans, in the order they were received.
 *
 * @example await listFollowUpPetitions(db, [planId])
 */
export async function listFollowUpPetitions(
  db: Kysely<Database>,
  planIds: readonly string[],
): Promise<FollowUpPetitionFacts[]> {
  if (planIds.length === 0) return [];
  const rows = await selectPetitions(db)
    .where('pe.plan_id', 'in', planIds)
    .orderBy('pe.received_on')
    .orderBy('pe.id')
    .execute();
  return rows.map(toFacts);
}
