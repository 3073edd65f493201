export interface AdminUnitsTable {
  code: string;
  name: string;
  level: string; // country (the national root, migration 2020) | province | district | commune
  kind: string | null; // xã | phường | đặc khu …
  parent_code: string | null;
  created_at: string;
}
