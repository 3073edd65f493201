// Kysely table types: one interface per table, snake_case as in the database. Dates are
// `YYYY-MM-DD` text, instants ISO-8601 text, booleans 0/1 integers and structured parts JSON
// text — the same on SQLite and PostgreSQL. Repositories map rows to the domain's camelCase.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  RegistrationForwardingItemsTable,
  RegistrationForwardingsTable,
} from './registration-forwardings.table.js';

export interface AdminUnitsTable {
  code: string;
  name: string;
  level: string; // province | district | commune
  kind: string | null; // xã | phường | đặc khu …
  parent_code: string | null;
  created_at: string;
}

export interface VillagesTable {
  id: string;
  admin_unit_code: string;
  name: string;
  kind: string;
  search_key: string;
  quota: number | null;
  created_at: string;
}

export interface OrganisationsTable {
  id: string;
  admin_unit_code: string;
  kind: string;
  name: string;
  search_key: string;
  created_at: string;
}

export interface AccountsTable {
  id: string;
  username: string;
  full_name: string;
  role: string;
  admin_unit_code: string;
  organisation_id: string | null;
  password_hash: string;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table cannot be replayed. */
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  username: string;
  ip: string;
  at: string;
  succeeded: number;
}

export interface HolidaysTable {
  id: string;
  date: string;
  name: string;
  kind: string;
  source: string;
  created_by: string | null;
  created_at: string;
  retired_at: string | null;
}

export interface PlansTable {
  id: string;
  admin_unit_code: string;
  issuer_kind: string;
  document_symbol: string;
  document_number: number | null;
  year: number;
  title: string;
  search_key: string;
  regulation_profile_id: string;
  status: string;
  dialogue_date: string | null;
  window_from: string | null;
  window_to: string | null;
  issued_on: string | null;
  notice_issued_on: string | null;
  held_on: string | null;
  conclusion_issued_on: string | null;
  status_reason: string | null;
  /** The whole PlanContent as the domain defines it (JSON). */
  content_json: string;
  return_comments_json: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanVersionsTable {
  id: string;
  plan_id: string;
  version: number;
  status: string;
  event: string | null;
  content_json: string;
  comment: string | null;
  changed_by: string | null;
  changed_at: string;
}

export interface PetitionsTable {
  id: string;
  admin_unit_code: string;
  plan_id: string;
  tracking_code: string;
  status: string;
  channel: string;
  full_name: string;
  phone: string | null;
  address: string | null;
  village_id: string | null;
  organisation_name: string | null;
  /** question | opinion | request | report (migration 1930; null on older rows = request). */
  kind: string | null;
  content: string;
  search_key: string;
  field: string | null;
  urgency: string | null;
  competence: string | null;
  complexity: string | null;
  assigned_organisation_id: string | null;
  referred_to: string | null;
  wants_to_speak: number;
  speaking_order: number | null;
  received_on: string;
  is_late: number;
  duplicate_group_id: string | null;
  carried_over_from_id: string | null;
  next_plan_id: string | null;
  conference_outcome: string | null;
  /** Who answered at the conference, the note, who recorded it and when (JSON; migration 1930). */
  outcome_json: string | null;
  answer_due_on: string | null;
  answered_on: string | null;
  consent_json: string;
  idempotency_key: string | null;
  idempotency_hash: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PetitionAnswersTable {
  id: string;
  petition_id: string;
  stage: string; // before-conference | written
  content: string;
  legal_basis: string | null;
  status: string; // drafted | approved | sent-back
  drafted_by: string;
  drafted_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  sent_on: string | null;
  document_ref: string | null;
}

export interface CitizenResponsesTable {
  id: string;
  petition_id: string;
  response: string; // accepted | not-settled
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface ConferencesTable {
  plan_id: string;
  admin_unit_code: string;
  started_at: string | null;
  ended_at: string | null;
  agenda_json: string;
  attendance_json: string;
  minutes: string;
  version: number;
  updated_at: string;
}

export interface ConclusionNoticesTable {
  id: string;
  plan_id: string;
  admin_unit_code: string;
  document_number: number | null;
  document_symbol: string;
  issued_on: string;
  content_json: string;
  created_by: string | null;
  created_at: string;
}

export interface FollowUpTasksTable {
  id: string;
  admin_unit_code: string;
  plan_id: string;
  petition_id: string | null;
  content: string;
  responsible_organisation_id: string;
  rule_id: string | null;
  due_on: string;
  status: string;
  report: string | null;
  done_on: string | null;
  next_plan_id: string | null;
  /** The line of the conclusion notice the task carries out (migration 1945). */
  conclusion_item_id: string | null;
  /** Why it was reopened, cancelled or carried over (migration 1945). */
  status_reason: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExtensionsTable {
  id: string;
  task_id: string;
  previous_due_on: string;
  new_due_on: string;
  reason: string;
  citizen_informed: number;
  informed_on: string | null;
  informed_how: string | null;
  created_by: string | null;
  created_at: string;
}

export interface FindingsTable {
  id: string;
  admin_unit_code: string;
  plan_id: string | null;
  target_type: string; // plan | petition | follow-up-task
  target_id: string;
  kind: string;
  note: string;
  /** The day of a visit, when it differs from the day it was recorded (migration 1945). */
  observed_on: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_account_id: string | null;
  actor_role: string | null;
  admin_unit_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  personal_data_export: number;
}

export interface Database {
  admin_units: AdminUnitsTable;
  villages: VillagesTable;
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  holidays: HolidaysTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  petitions: PetitionsTable;
  petition_answers: PetitionAnswersTable;
  citizen_responses: CitizenResponsesTable;
  conferences: ConferencesTable;
  conclusion_notices: ConclusionNoticesTable;
  follow_up_tasks: FollowUpTasksTable;
  extensions: ExtensionsTable;
  findings: FindingsTable;
  audit_log: AuditLogTable;
  registration_forwardings: RegistrationForwardingsTable;
  registration_forwarding_items: RegistrationForwardingItemsTable;
}

export type PlanRow = Selectable<PlansTable>;
export type NewPlanRow = Insertable<PlansTable>;
export type PlanUpdate = Updateable<PlansTable>;
export type PetitionRow = Selectable<PetitionsTable>;
export type NewPetitionRow = Insertable<PetitionsTable>;
export type AccountRow = Selectable<AccountsTable>;
export type FollowUpTaskRow = Selectable<FollowUpTasksTable>;
export type AuditRow = Selectable<AuditLogTable>;
