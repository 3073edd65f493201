import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId, toFlag } from './ids.js';

export interface LoginAttemptInput {
  /** As typed, lower-cased: unknown usernames are recorded too, so they are throttled alike. */
  username: string;
  ip: string;
  /** ISO instant. */
  at: string;
  succeeded: boolean;
}

/**
 * Records one login attempt (the security log the throttle counts).
 *
 * @example await recordLoginAttempt(db, { username: 'vpdu.chomoi', ip: '203.0.113.7', at: now.toISOString(), succeeded: false })
 */
export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: LoginAttemptInput,
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({
      id: newId(),
      username: attempt.username.toLowerCase(),
      ip: attempt.ip,
      at: attempt.at,
      succeeded: toFlag(attempt.succeeded),
    })
    .execute();
}

/**
 * The instants of failed attempts since `since` (exclusive) for a username or for an address,
 * oldest first — what a sliding-window throttle needs to say when the next attempt is allowed.
 *
 * @example await listFailedLoginTimes(db, { username: 'vpdu.chomoi' }, '2025-11-20T01:45:00.000Z')
 */
export async function listFailedLoginTimes(
  db: Kysely<Database>,
  by: { username: string } | { ip: string },
  since: string,
): Promise<string[]> {
  let query = db
    .selectFrom('login_attempts')
    .select('at')
    .where('succeeded', '=', 0)
    .where('at', '>', since);
  query =
    'username' in by
      ? query.where('username', '=', by.username.toLowerCase())
      : query.where('ip', '=', by.ip);
  const rows = await query.orderBy('at').execute();
  return rows.map((row) => row.at);
}

/**
 * The instant of the last successful login of a username, if any.
 *
 * @example await findLastSuccessfulLogin(db, 'vpdu.chomoi') // '2025-11-20T01:50:00.000Z'
 */
export async function findLastSuccessfulLogin(
  db: Kysely<Database>,
  username: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('username', '=', username.toLowerCase())
    .where('succeeded', '=', 1)
    .executeTakeFirst();
  return row?.at ?? null;
}
