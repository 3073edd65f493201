/** What the demo's local sink received instead of a provider (migration 2026_12_07_2000). */
export interface NotificationSinkTable {
  id: string;
  admin_unit_code: string;
  idempotency_key: string;
  channel: string;
  address: string;
  title: string;
  body: string;
  received_at: string;
}
