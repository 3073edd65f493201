export interface VillagesTable {
  id: string;
  admin_unit_code: string;
  name: string;
  kind: string;
  search_key: string;
  quota: number | null;
  created_at: string;
}
