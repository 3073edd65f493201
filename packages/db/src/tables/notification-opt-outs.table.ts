/** A recipient's refusal of one channel (migration 2026_12_07_2000): revoked, never deleted. */
export interface NotificationOptOutsTable {
  id: string;
  admin_unit_code: string;
  recipient_key: string;
  channel: string;
  /** `link` | `keyword` | `official`. */
  how: string;
  opted_out_at: string;
  revoked_at: string | null;
}
