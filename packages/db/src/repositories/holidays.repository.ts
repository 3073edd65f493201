import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/** An administrator's addition to the holiday table, with who added it and whether it was retired. */
export interface HolidayAddition {
  id: string;
  date: string;
  name: string;
  kind: string;
  source: string;
  createdBy: string | null;
  createdAt: string;
  retiredAt: string | null;
}

type HolidayRow = Database['holidays'];

function toAddition(row: HolidayRow): HolidayAddition {
  return {
    id: row.id,
    date: row.date,
    name: row.name,
    kind: row.kind,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  };
}

/**
 * The additions in force (or all of them), by date; optionally those of one year only.
 *
 * @example await listHolidayAdditions(db, { year: 2026 }) // [{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', … }]
 */
export async function listHolidayAdditions(
  db: Kysely<Database>,
  options: { year?: number; includeRetired?: boolean } = {},
): Promise<HolidayAddition[]> {
  let query = db.selectFrom('holidays').selectAll();
  if (!options.includeRetired) query = query.where('retired_at', 'is', null);
  if (options.year !== undefined) {
    query = query
      .where('date', '>=', `${options.year}-01-01`)
      .where('date', '<=', `${options.year}-12-31`);
  }
  const rows = await query.orderBy('date').orderBy('created_at').execute();
  return rows.map(toAddition);
}

/** @example await findHolidayAddition(db, id) // { date: '2026-11-24', retiredAt: null, … } */
export async function findHolidayAddition(
  db: Kysely<Database>,
  id: string,
): Promise<HolidayAddition | undefined> {
  const row = await db.selectFrom('holidays').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAddition(row) : undefined;
}

/**
 * Adds an entry (validated by the caller with the domain's `HolidayEntrySchema`).
 *
 * @example await insertHolidayAddition(trx, { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', kind: 'holiday', source: 'Nghị quyết …' }, { createdBy: adminId, now })
 */
export async function insertHolidayAddition(
  db: Kysely<Database>,
  entry: { date: string; name: string; kind: string; source: string },
  meta: { createdBy: string | null; now: string },
): Promise<HolidayAddition> {
  const row: HolidayRow = {
    id: newId(),
    date: entry.date,
    name: entry.name,
    kind: entry.kind,
    source: entry.source,
    created_by: meta.createdBy,
    created_at: meta.now,
    retired_at: null,
  };
  await db.insertInto('holidays').values(row).execute();
  return toAddition(row);
}

/**
 * Retires an addition (never deleted: the trail keeps what deadlines were computed with). False
 * when it was already retired.
 *
 * @example await retireHolidayAddition(trx, id, now) // true
 */
export async function retireHolidayAddition(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('holidays')
    .set({ retired_at: now })
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
