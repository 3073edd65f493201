import type { Selectable } from 'kysely';

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

export type FollowUpTaskRow = Selectable<FollowUpTasksTable>;
