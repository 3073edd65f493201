export interface VillagesTable {
  id: string;
  admin_unit_code: string;
  name: string;
  kind: string;
  search_key: string;
  quota: number | null;
  created_at: string;
  /** Display order within the commune; null sorts after the ordered ones, by name. */
  position: number | null;
  /** Retired villages stay for the records linked to them (never deleted). */
  retired_at: string | null;
}
