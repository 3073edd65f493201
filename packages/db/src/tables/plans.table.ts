import type { Insertable, Selectable, Updateable } from 'kysely';

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

export type PlanRow = Selectable<PlansTable>;
export type NewPlanRow = Insertable<PlansTable>;
export type PlanUpdate = Updateable<PlansTable>;
