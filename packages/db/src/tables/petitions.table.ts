import type { Insertable, Selectable } from 'kysely';

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
  /** The deadline rule that gave `answer_due_on` (a RuleId; null: no rule; migration 2026_12_07_1700). */
  answer_due_rule: string | null;
  answered_on: string | null;
  consent_json: string;
  idempotency_key: string | null;
  idempotency_hash: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export type PetitionRow = Selectable<PetitionsTable>;
export type NewPetitionRow = Insertable<PetitionsTable>;
