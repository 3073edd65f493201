import type { Kysely } from 'kysely';
import type { AuditRow, Database } from '../tables/index.js';
import { currentRequestId } from '../request-scope.js';
import { fromFlag, newId, toFlag } from './ids.js';

/** One audit entry, camelCase, with the before and after states parsed (null when absent). */
export interface AuditRecord {
  id: string;
  at: string;
  actorAccountId: string | null;
  actorRole: string | null;
  adminUnitCode: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  personalDataExport: boolean;
}

function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actorAccountId: row.actor_account_id,
    actorRole: row.actor_role,
    adminUnitCode: row.admin_unit_code,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    reason: row.reason,
    personalDataExport: fromFlag(row.personal_data_export),
  };
}

export interface AuditInput {
  at: string;
  actor: { accountId: string | null; role: string | null } | null;
  adminUnitCode: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  personalDataExport?: boolean;
}

/**
 * Appends one audit row. Call it with the transaction that makes the change, so the change and
 * its record commit together. There is no update or delete for this table anywhere.
 *
 * @example await appendAudit(trx, { at, actor, adminUnitCode, action: 'plan.approve', entityType: 'plan', entityId, before, after })
 */
export async function appendAudit(db: Kysely<Database>, entry: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: entry.at,
      actor_account_id: entry.actor?.accountId ?? null,
      actor_role: entry.actor?.role ?? null,
      admin_unit_code: entry.adminUnitCode,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
      personal_data_export: toFlag(entry.personalDataExport ?? false),
      request_id: currentRequestId(),
    })
    .execute();
}

/** The audit trail of one record, oldest first. */
export async function listAuditForEntity(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toAuditRecord);
}
