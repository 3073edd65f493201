import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { fromFlag, newId, toFlag } from './ids.js';

/** Gia hạn: the old and new dates, why, and when and how the citizen was told. */
export interface ExtensionRecord {
  id: string;
  taskId: string;
  previousDueOn: string;
  newDueOn: string;
  reason: string;
  citizenInformed: boolean;
  informedOn: string | null;
  informedHow: string | null;
  decidedBy: { accountId: string; fullName: string } | null;
  decidedAt: string;
}

export interface NewExtension {
  taskId: string;
  previousDueOn: string;
  newDueOn: string;
  reason: string;
  citizenInformed: boolean;
  informedOn: string | null;
  informedHow: string | null;
  decidedBy: string | null;
}

/**
 * Records an extension. The table refuses a new date that is not later (`extensions_later_date`).
 *
 * @example await insertExtension(trx, { taskId, previousDueOn: '2026-01-09', newDueOn: '2026-02-06', reason: 'Chờ đo đạc lại thửa đất', citizenInformed: true, informedOn: '2026-01-05', informedHow: 'written-notice', decidedBy }, now)
 */
export async function insertExtension(
  db: Kysely<Database>,
  extension: NewExtension,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('extensions')
    .values({
      id,
      task_id: extension.taskId,
      previous_due_on: extension.previousDueOn,
      new_due_on: extension.newDueOn,
      reason: extension.reason,
      citizen_informed: toFlag(extension.citizenInformed),
      informed_on: extension.informedOn,
      informed_how: extension.informedHow,
      created_by: extension.decidedBy,
      created_at: now,
    })
    .execute();
  return id;
}

/**
 * The extensions of some tasks, oldest first.
 *
 * @example (await listExtensions(db, [taskId])).at(-1)?.newDueOn
 */
export async function listExtensions(
  db: Kysely<Database>,
  taskIds: readonly string[],
): Promise<ExtensionRecord[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('extensions as e')
    .leftJoin('accounts as a', 'a.id', 'e.created_by')
    .selectAll('e')
    .select('a.full_name')
    .where('e.task_id', 'in', taskIds)
    .orderBy('e.created_at')
    .orderBy('e.new_due_on')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    taskId: row.task_id,
    previousDueOn: row.previous_due_on,
    newDueOn: row.new_due_on,
    reason: row.reason,
    citizenInformed: fromFlag(Number(row.citizen_informed)),
    informedOn: row.informed_on,
    informedHow: row.informed_how,
    decidedBy: row.created_by ? { accountId: row.created_by, fullName: row.full_name ?? '' } : null,
    decidedAt: row.created_at,
  }));
}
