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
