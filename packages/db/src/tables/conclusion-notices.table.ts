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
