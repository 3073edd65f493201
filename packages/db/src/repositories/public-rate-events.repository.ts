import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

// The public pages' counted requests (registrations, tracking misses), for their sliding-window
// rate limits.

/** Most expired events one write removes: pruning keeps up with writing, in bounded steps. */
export const RATE_EVENTS_PRUNED_PER_WRITE = 100;

/**
 * Records one counted request and returns its id. With `pruneBefore`, also removes up to
 * `RATE_EVENTS_PRUNED_PER_WRITE` events older than it (the longest window): the table holds
 * only what a limit can still count.
 *
 * @example const id = await recordRateEvent(db, { scope: 'register-phone', subjectHash, at: now, pruneBefore })
 */
export async function recordRateEvent(
  db: Kysely<Database>,
  event: { scope: string; subjectHash: string; at: string; pruneBefore?: string },
): Promise<string> {
  if (event.pruneBefore !== undefined) {
    await db
      .deleteFrom('public_rate_events')
      .where(
        'id',
        'in',
        db
          .selectFrom('public_rate_events')
          .select('id')
          .where('at', '<', event.pruneBefore)
          .orderBy('at')
          .limit(RATE_EVENTS_PRUNED_PER_WRITE),
      )
      .execute();
  }
  const id = newId();
  await db
    .insertInto('public_rate_events')
    .values({ id, scope: event.scope, subject_hash: event.subjectHash, at: event.at })
    .execute();
  return id;
}

/**
 * Removes one counted request (one the limit refused, or whose request failed: not counted).
 *
 * @example await forgetRateEvent(db, id)
 */
export async function forgetRateEvent(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('public_rate_events').where('id', '=', id).execute();
}

/**
 * A subject's counted requests since `since` (exclusive), oldest first, with their ids (so a
 * request can tell its own from the others).
 *
 * @example await listRateEvents(db, 'register-ip', hash, '2025-11-25T01:00:00.000Z')
 */
export async function listRateEvents(
  db: Kysely<Database>,
  scope: string,
  subjectHash: string,
  since: string,
): Promise<{ id: string; at: string }[]> {
  return db
    .selectFrom('public_rate_events')
    .select(['id', 'at'])
    .where('scope', '=', scope)
    .where('subject_hash', '=', subjectHash)
    .where('at', '>', since)
    .orderBy('at')
    .orderBy('id')
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
  return (await listRateEvents(db, scope, subjectHash, since)).map((row) => row.at);
}
