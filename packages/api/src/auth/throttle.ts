import {
  findLastSuccessfulLogin,
  forgetLoginAttempt,
  hasSignedInFrom,
  listFailedLogins,
  recordLoginAttempt,
  type Database,
} from '@doithoai/db';
import type { Kysely } from 'kysely';

/**
 * Limits on failed logins, targeted so that guessing is slow and nobody else is locked out:
 * - per user name AND address, a few free failures, then a growing delay after each further one
 *   (an attacker at one address gets about ten guesses a day; the user elsewhere is not touched);
 * - per user name from anywhere, a wider window against guessing from many addresses, which
 *   never applies at an address where that user has signed in before (their office);
 * - per address, many failures (a commune hall or a province network puts many officers behind
 *   one address), never applied to a user who has signed in from that address before.
 * Only failures count, and a success clears its own earlier failures.
 */
export interface LoginThrottlePolicy {
  /** Failures of one user name from one address before the delays start. */
  freeFailuresPerPair: number;
  /** The delay after the first failure beyond the free ones; it doubles with each further one. */
  firstDelayMinutes: number;
  /** The longest delay, and how far back a pair's failures are remembered. */
  maxDelayMinutes: number;
  windowMinutes: number;
  maxFailuresPerUsername: number;
  maxFailuresPerIp: number;
}

export const LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeFailuresPerPair: 5,
  firstDelayMinutes: 5,
  maxDelayMinutes: 24 * 60,
  windowMinutes: 15,
  maxFailuresPerUsername: 20,
  maxFailuresPerIp: 50,
};

export type ThrottleScope = 'pair' | 'username' | 'ip';
export type ThrottleVerdict =
  { allowed: true } | { allowed: false; scope: ThrottleScope; retryAt: Date };

/**
 * When the next attempt is allowed, given the failures inside the window (oldest first): once
 * the oldest failure that keeps the count at the limit has left the window.
 *
 * @example
 * retryTime(['2025-11-20T01:00:00Z', '2025-11-20T01:02:00Z', '2025-11-20T01:03:00Z',
 *   '2025-11-20T01:04:00Z', '2025-11-20T01:05:00Z', '2025-11-20T01:06:00Z'], 5, 15)
 * // 2025-11-20T01:17:00Z: then only four failures are left in the window
 */
export function retryTime(failures: readonly string[], limit: number, windowMinutes: number): Date {
  const pivot = failures[Math.max(0, failures.length - limit)];
  // Callers ask only once the failures reached the limit: no failure means nothing to wait for.
  if (pivot === undefined) throw new RangeError('retryTime needs at least one failure');
  return new Date(Date.parse(pivot) + windowMinutes * 60_000);
}

/**
 * The delay a pair (user name, address) waits after its last failure, given how many it has.
 *
 * @example pairDelayMinutes(5) // 5; pairDelayMinutes(6) // 10; pairDelayMinutes(4) // 0
 */
export function pairDelayMinutes(failures: number, policy: LoginThrottlePolicy = LOGIN_THROTTLE) {
  if (failures < policy.freeFailuresPerPair) return 0;
  const doublings = Math.min(failures - policy.freeFailuresPerPair, 20);
  return Math.min(policy.firstDelayMinutes * 2 ** doublings, policy.maxDelayMinutes);
}

const minutesBefore = (now: Date, minutes: number) =>
  new Date(now.getTime() - minutes * 60_000).toISOString();
const latest = (a: string, b: string | null) => (b && b > a ? b : a);

/** The verdict from the failures other than this attempt's own row (all counted already). */
async function verdictFor(
  db: Kysely<Database>,
  attempt: { id: string; username: string; ip: string; now: Date },
  policy: LoginThrottlePolicy,
): Promise<ThrottleVerdict> {
  const { username, ip, now } = attempt;
  const others = (rows: { id: string; at: string }[]) =>
    rows.filter((row) => row.id !== attempt.id).map((row) => row.at);

  const pairSince = latest(
    minutesBefore(now, policy.maxDelayMinutes),
    await findLastSuccessfulLogin(db, username, ip),
  );
  const pair = others(await listFailedLogins(db, { username, ip }, pairSince));
  const delay = pairDelayMinutes(pair.length, policy);
  const lastFailure = pair.at(-1);
  if (delay > 0 && lastFailure !== undefined) {
    const retryAt = new Date(Date.parse(lastFailure) + delay * 60_000);
    if (retryAt > now) return { allowed: false, scope: 'pair', retryAt };
  }

  if (await hasSignedInFrom(db, username, ip)) return { allowed: true };
  const windowStart = minutesBefore(now, policy.windowMinutes);
  const userSince = latest(windowStart, await findLastSuccessfulLogin(db, username));
  const byUsername = others(await listFailedLogins(db, { username }, userSince));
  if (byUsername.length >= policy.maxFailuresPerUsername) {
    return {
      allowed: false,
      scope: 'username',
      retryAt: retryTime(byUsername, policy.maxFailuresPerUsername, policy.windowMinutes),
    };
  }
  const byIp = others(await listFailedLogins(db, { ip }, windowStart));
  if (byIp.length >= policy.maxFailuresPerIp) {
    return {
      allowed: false,
      scope: 'ip',
      retryAt: retryTime(byIp, policy.maxFailuresPerIp, policy.windowMinutes),
    };
  }
  return { allowed: true };
}

/**
 * Admits a login attempt or refuses it, in one step with counting it: the attempt is recorded
 * as a failure FIRST, then the failures are counted including those of every parallel attempt
 * already recorded — of two parallel attempts, the one that counts second sees the first, so
 * no burst gets more tries than the limits allow. A refused attempt's row is removed (it checked
 * no password); an admitted one keeps it, to be marked succeeded if the password matches.
 * Unknown usernames are counted like real ones.
 *
 * @example const admission = await admitLoginAttempt(db, { username: 'vpdu.chomoi', ip, now })
 */
export async function admitLoginAttempt(
  db: Kysely<Database>,
  attempt: { username: string; ip: string; now: Date },
  policy: LoginThrottlePolicy = LOGIN_THROTTLE,
): Promise<{ allowed: true; attemptId: string } | Extract<ThrottleVerdict, { allowed: false }>> {
  const id = await recordLoginAttempt(db, {
    username: attempt.username,
    ip: attempt.ip,
    at: attempt.now.toISOString(),
    succeeded: false,
  });
  const verdict = await verdictFor(db, { ...attempt, id }, policy);
  if (verdict.allowed) return { allowed: true, attemptId: id };
  await forgetLoginAttempt(db, id);
  return verdict;
}
