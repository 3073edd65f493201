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
