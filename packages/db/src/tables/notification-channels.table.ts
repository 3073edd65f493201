/**
 * A commune's settings of one channel (migration 2026_12_07_2000). `secret_json`: credentials
 * (an access token, a password), read by the dispatcher only, never returned by the api.
 */
export interface NotificationChannelsTable {
  admin_unit_code: string;
  channel: string;
  enabled: number;
  settings_json: string;
  secret_json: string | null;
  updated_by: string | null;
  updated_at: string;
}
