export interface HolidaysTable {
  id: string;
  date: string;
  name: string;
  kind: string;
  source: string;
  created_by: string | null;
  created_at: string;
  retired_at: string | null;
}
