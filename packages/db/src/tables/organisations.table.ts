export interface OrganisationsTable {
  id: string;
  admin_unit_code: string;
  kind: string;
  name: string;
  search_key: string;
  created_at: string;
  position: number | null;
  retired_at: string | null;
}
