import type { CitizenResponseKind } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/** A citizen's latest word on the answer to their petition (settled or not), for the Front's board. */
export interface LatestCitizenResponse {
  petitionId: string;
  response: CitizenResponseKind;
  note: string | null;
  recordedAt: string;
}

/**
 * The latest citizen response of each petition that has one (one query).
 *
 * @example (await latestCitizenResponses(db, [petitionId]))[0]?.response // 'not-settled'
 */
export async function latestCitizenResponses(
  db: Kysely<Database>,
  petitionIds: readonly string[],
): Promise<LatestCitizenResponse[]> {
  if (petitionIds.length === 0) return [];
  const rows = await db
    .selectFrom('citizen_responses')
    .selectAll()
    .where('petition_id', 'in', petitionIds)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const latest = new Map<string, LatestCitizenResponse>();
  for (const row of rows)
    if (!latest.has(row.petition_id))
      latest.set(row.petition_id, {
        petitionId: row.petition_id,
        response: row.response as CitizenResponseKind,
        note: row.note,
        recordedAt: row.recorded_at,
      });
  return [...latest.values()];
}
