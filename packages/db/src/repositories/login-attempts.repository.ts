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

/** Whose failures are counted: a username, an address, or the pair of both. */
export type LoginAttemptSubject =
  | { username: string; ip?: undefined }
  | { ip: string; username?: undefined }
  | { username: string; ip: string };

/**
 * Records one login attempt (the security log the throttle counts) and returns its id. The
 * throttle records an attempt as failed BEFORE checking it, then counts (so two parallel
 * attempts always see each other), and marks it succeeded once the password matched.
 *
 * @example const id = await recordLoginAttempt(db, { username: 'vpdu.chomoi', ip: '203.0.113.7', at: now.toISOString(), succeeded: false })
 */
export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: LoginAttemptInput,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('login_attempts')
    .values({
      id,
      username: attempt.username.toLowerCase(),
      ip: attempt.ip,
      at: attempt.at,
      succeeded: toFlag(attempt.succeeded),
    })
    .execute();
  return id;
}

/** Marks a recorded attempt as succeeded (the password matched). @example await markLoginSucceeded(db, id) */
export async function markLoginSucceeded(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('login_attempts').set({ succeeded: 1 }).where('id', '=', id).execute();
}

/**
 * Removes a recorded attempt the throttle refused: no password was checked, so it is no guess,
 * and counting it would let refusals extend a lock for ever.
 *
 * @example await forgetLoginAttempt(db, id)
 */
export async function forgetLoginAttempt(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('id', '=', id).execute();
}

/**
 * The failed attempts since `since` (exclusive) of a username, an address or the pair, oldest
 * first, with their ids (so an attempt can tell itself from the others).
 *
 * @example await listFailedLogins(db, { username: 'vpdu.chomoi', ip }, '2025-11-20T01:45:00.000Z')
 */
export async function listFailedLogins(
  db: Kysely<Database>,
  by: LoginAttemptSubject,
  since: string,
): Promise<{ id: string; at: string }[]> {
  let query = db
    .selectFrom('login_attempts')
    .select(['id', 'at'])
    .where('succeeded', '=', 0)
    .where('at', '>', since);
  if (by.username !== undefined) query = query.where('username', '=', by.username.toLowerCase());
  if (by.ip !== undefined) query = query.where('ip', '=', by.ip);
  return query.orderBy('at').orderBy('id').execute();
}

/**
 * The instants of failed attempts since `since` (exclusive) for a username or for an address,
 * oldest first — what a sliding-window throttle needs to say when the next attempt is allowed.
 *
 * @example await listFailedLoginTimes(db, { username: 'vpdu.chomoi' }, '2025-11-20T01:45:00.000Z')
 */
export async function listFailedLoginTimes(
  db: Kysely<Database>,
  by: LoginAttemptSubject,
  since: string,
): Promise<string[]> {
  return (await listFailedLogins(db, by, since)).map((row) => row.at);
}

/**
 * The instant of the last successful login of a username (from one address, if given), if any.
 * An administrator's unlock is recorded as a success from no address (`unlockLogin`).
 *
 * @example await findLastSuccessfulLogin(db, 'vpdu.chomoi') // '2025-11-20T01:50:00.000Z'
 */
export async function findLastSuccessfulLogin(
  db: Kysely<Database>,
  username: string,
  ip?: string,
): Promise<string | null> {
  let query = db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('username', '=', username.toLowerCase())
    .where('succeeded', '=', 1);
  if (ip !== undefined) query = query.where((eb) => eb.or([eb('ip', '=', ip), eb('ip', '=', '')]));
  const row = await query.executeTakeFirst();
  return row?.at ?? null;
}

/**
 * Whether a username ever signed in from an address: such an address is the user's own (an
 * office, the commune hall), and other people's failures there never lock the user out.
 *
 * @example await hasSignedInFrom(db, 'vpdu.chomoi', '203.0.113.7') // true
 */
export async function hasSignedInFrom(
  db: Kysely<Database>,
  username: string,
  ip: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('login_attempts')
    .select('id')
    .where('username', '=', username.toLowerCase())
    .where('ip', '=', ip)
    .where('succeeded', '=', 1)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * An administrator's unlock: a success of the username from no address, so every failure before
 * it stops counting (for every address) — the security log keeps the failures.
 *
 * @example await unlockLogin(db, 'vpdu.chomoi', now.toISOString())
 */
export async function unlockLogin(
  db: Kysely<Database>,
  username: string,
  at: string,
): Promise<void> {
  await recordLoginAttempt(db, { username, ip: '', at, succeeded: true });
}
