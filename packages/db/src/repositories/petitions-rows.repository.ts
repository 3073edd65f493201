import type { ConsentGrant, PetitionChannel, PetitionKind, PetitionStatus } from '@doithoai/domain';
import type { PetitionRow } from '../tables/index.js';
import { fromFlag } from './ids.js';

/** What the conference recorded beside the outcome (who answered, the note). */
export interface PetitionOutcomeDetails {
  answeredBy?: { name?: string; position: string };
  note?: string;
  recordedBy: string | null;
  recordedAt: string;
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
  answeredOn: string | null;
  consents: ConsentGrant[];
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
    answeredOn: row.answered_on,
    consents: JSON.parse(row.consent_json) as ConsentGrant[],
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
