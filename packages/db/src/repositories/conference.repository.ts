import type { AgendaItem, Attendance } from '@doithoai/domain';
import type { Kysely, Selectable } from 'kysely';
import type { ConferencesTable, Database } from '../tables/index.js';

/** The conference of one plan as stored: one row per plan, created on the first save. */
export interface ConferenceRecord {
  planId: string;
  adminUnitCode: string;
  startedAt: string | null;
  endedAt: string | null;
  /** Null until the office saves its own agenda (the domain's default applies). */
  agenda: AgendaItem[] | null;
  attendance: Attendance[];
  minutes: string;
  version: number;
  updatedAt: string;
}

function toConferenceRecord(row: Selectable<ConferencesTable>): ConferenceRecord {
  const agenda = JSON.parse(row.agenda_json) as AgendaItem[] | null;
  return {
    planId: row.plan_id,
    adminUnitCode: row.admin_unit_code,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    agenda: Array.isArray(agenda) && agenda.length > 0 ? agenda : null,
    attendance: JSON.parse(row.attendance_json) as Attendance[],
    minutes: row.minutes,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/**
 * The conference of a plan, or undefined before its first save.
 *
 * @example (await findConference(db, planId))?.version // 3
 */
export async function findConference(
  db: Kysely<Database>,
  planId: string,
): Promise<ConferenceRecord | undefined> {
  const row = await db
    .selectFrom('conferences')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row ? toConferenceRecord(row) : undefined;
}

export interface ConferencePatch {
  startedAt?: string | null;
  endedAt?: string | null;
  agenda?: readonly AgendaItem[];
  attendance?: readonly Attendance[];
  minutes?: string;
}

/**
 * Saves the conference if it still has `expectedVersion` — 0 meaning "not saved yet", which
 * creates the row. Returns the saved record, or undefined when someone else saved first.
 *
 * @example const saved = await saveConference(trx, { planId, adminUnitCode: '02086' }, 0, { startedAt: now }, now);
 */
export async function saveConference(
  db: Kysely<Database>,
  key: { planId: string; adminUnitCode: string },
  expectedVersion: number,
  patch: ConferencePatch,
  now: string,
): Promise<ConferenceRecord | undefined> {
  const columns = {
    ...(patch.startedAt !== undefined ? { started_at: patch.startedAt } : {}),
    ...(patch.endedAt !== undefined ? { ended_at: patch.endedAt } : {}),
    ...(patch.agenda !== undefined ? { agenda_json: JSON.stringify(patch.agenda) } : {}),
    ...(patch.attendance !== undefined
      ? { attendance_json: JSON.stringify(patch.attendance) }
      : {}),
    ...(patch.minutes !== undefined ? { minutes: patch.minutes } : {}),
  };
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto('conferences')
      .values({
        plan_id: key.planId,
        admin_unit_code: key.adminUnitCode,
        started_at: null,
        ended_at: null,
        agenda_json: 'null',
        attendance_json: '[]',
        minutes: '',
        ...columns,
        version: 1,
        updated_at: now,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returningAll()
      .executeTakeFirst();
    return inserted ? toConferenceRecord(inserted) : undefined;
  }
  const result = await db
    .updateTable('conferences')
    .set((eb) => ({ ...columns, version: eb('version', '+', 1), updated_at: now }))
    .where('plan_id', '=', key.planId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return findConference(db, key.planId);
}
