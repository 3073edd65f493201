import type {
  Consent,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
  RuleId,
} from '@doithoai/domain';
import type { Updateable } from 'kysely';
import type { PetitionRow, PetitionsTable } from '../tables/index.js';
import { fromFlag, toFlag } from './ids.js';

// The one place a petition row and its camelCase record meet: every petitions repository reads
// through `toPetitionRecord` and writes through `toPetitionColumns`.

/** What the conference recorded beside the outcome (who answered, the note). */
export interface PetitionOutcomeDetails {
  answeredBy?: { name?: string; position: string };
  note?: string;
  recordedBy: string | null;
  recordedAt: string;
  /** The Idempotency-Key of the request that recorded the outcome, and its body's hash. */
  requestKey?: string;
  requestHash?: string;
}

/** A stored petition, camelCase, as the API hands it on. */
export interface PetitionRecord {
  id: string;
  adminUnitCode: string;
  planId: string;
  trackingCode: string;
  status: PetitionStatus;
  kind: PetitionKind;
  channel: PetitionChannel;
  fullName: string;
  phone: string | null;
  address: string | null;
  villageId: string | null;
  organisationName: string | null;
  content: string;
  field: string | null;
  urgency: string | null;
  competence: string | null;
  complexity: string | null;
  assignedOrganisationId: string | null;
  referredTo: string | null;
  wantsToSpeak: boolean;
  receivedOn: string;
  isLate: boolean;
  duplicateGroupId: string | null;
  carriedOverFromId: string | null;
  nextPlanId: string | null;
  conferenceOutcome: string | null;
  outcomeDetails: PetitionOutcomeDetails | null;
  answerDueOn: string | null;
  /** The deadline rule that gave `answerDueOn`, stored beside it; null when no rule did. */
  answerDueRule: RuleId | null;
  answeredOn: string | null;
  /** As given at intake, each marked `withdrawnAt` once withdrawn (the record stays). */
  consents: Consent[];
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Maps a row to the camelCase record (booleans, JSON parts parsed).
 *
 * @example toPetitionRecord(row).wantsToSpeak // true
 */
export function toPetitionRecord(row: PetitionRow): PetitionRecord {
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    planId: row.plan_id,
    trackingCode: row.tracking_code,
    status: row.status as PetitionStatus,
    kind: (row.kind ?? 'request') as PetitionKind,
    channel: row.channel as PetitionChannel,
    fullName: row.full_name,
    phone: row.phone,
    address: row.address,
    villageId: row.village_id,
    organisationName: row.organisation_name,
    content: row.content,
    field: row.field,
    urgency: row.urgency,
    competence: row.competence,
    complexity: row.complexity,
    assignedOrganisationId: row.assigned_organisation_id,
    referredTo: row.referred_to,
    wantsToSpeak: fromFlag(row.wants_to_speak),
    receivedOn: row.received_on,
    isLate: fromFlag(row.is_late),
    duplicateGroupId: row.duplicate_group_id,
    carriedOverFromId: row.carried_over_from_id,
    nextPlanId: row.next_plan_id,
    conferenceOutcome: row.conference_outcome,
    outcomeDetails: row.outcome_json
      ? (JSON.parse(row.outcome_json) as PetitionOutcomeDetails)
      : null,
    answerDueOn: row.answer_due_on,
    answerDueRule: row.answer_due_rule as RuleId | null,
    answeredOn: row.answered_on,
    consents: JSON.parse(row.consent_json) as Consent[],
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a workflow step may change of a petition (camelCase); absent keys are left as stored. */
export type PetitionChanges = Partial<
  Pick<
    PetitionRecord,
    | 'status'
    | 'field'
    | 'urgency'
    | 'competence'
    | 'complexity'
    | 'assignedOrganisationId'
    | 'referredTo'
    | 'wantsToSpeak'
    | 'isLate'
    | 'duplicateGroupId'
    | 'nextPlanId'
    | 'conferenceOutcome'
    | 'outcomeDetails'
    | 'answerDueOn'
    | 'answerDueRule'
    | 'answeredOn'
    | 'consents'
  >
>;

const COLUMN_OF = {
  status: 'status',
  field: 'field',
  urgency: 'urgency',
  competence: 'competence',
  complexity: 'complexity',
  assignedOrganisationId: 'assigned_organisation_id',
  referredTo: 'referred_to',
  wantsToSpeak: 'wants_to_speak',
  isLate: 'is_late',
  duplicateGroupId: 'duplicate_group_id',
  nextPlanId: 'next_plan_id',
  conferenceOutcome: 'conference_outcome',
  outcomeDetails: 'outcome_json',
  answerDueOn: 'answer_due_on',
  answerDueRule: 'answer_due_rule',
  answeredOn: 'answered_on',
  consents: 'consent_json',
} as const satisfies Record<keyof PetitionChanges, keyof PetitionsTable>;

/**
 * Maps changes to the columns they are stored in (flags as 0/1, details as JSON).
 *
 * @example toPetitionColumns({ duplicateGroupId: null }) // { duplicate_group_id: null }
 */
export function toPetitionColumns(changes: PetitionChanges): Updateable<PetitionsTable> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const name = key as keyof PetitionChanges;
    columns[COLUMN_OF[name]] =
      name === 'wantsToSpeak' || name === 'isLate'
        ? toFlag(value as boolean)
        : name === 'outcomeDetails' || name === 'consents'
          ? value === null
            ? null
            : JSON.stringify(value)
          : value;
  }
  return columns;
}
