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
