import type { Selectable } from 'kysely';

export interface AuditLogTable {
  id: string;
  at: string;
  actor_account_id: string | null;
  actor_role: string | null;
  admin_unit_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  personal_data_export: number;
  /** The server's request id (its request log), null outside a request. */
  request_id: string | null;
}

export type AuditRow = Selectable<AuditLogTable>;
