import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

// The public pages' counted requests (registrations, tracking misses), for their sliding-window
// rate limits.

/**
 * Records one counted request.
 *
 * @example await recordRateEvent(db, { scope: 'register-phone', subjectHash, at: now })
 */
export async function recordRateEvent(
  db: Kysely<Database>,
  event: { scope: string; subjectHash: string; at: string },
): Promise<void> {
  await db
    .insertInto('public_rate_events')
    .values({ id: newId(), scope: event.scope, subject_hash: event.subjectHash, at: event.at })
    .execute();
}

/**
 * The instants of a subject's counted requests since `since` (exclusive), oldest first — what a
 * sliding-window limit needs to say when the next request is allowed.
 *
 * @example await listRateEventTimes(db, 'register-ip', hash, '2025-11-25T01:00:00.000Z')
 */
export async function listRateEventTimes(
  db: Kysely<Database>,
  scope: string,
  subjectHash: string,
  since: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('public_rate_events')
    .select('at')
    .where('scope', '=', scope)
    .where('subject_hash', '=', subjectHash)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
  return rows.map((row) => row.at);
}
