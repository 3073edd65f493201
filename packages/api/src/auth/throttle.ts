import { findLastSuccessfulLogin, listFailedLoginTimes, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';

/**
 * Sliding-window limits on failed logins. Per username a handful, so a password cannot be
 * guessed; per address many more, because a commune hall or a province network puts many
 * officers (and citizens) behind one public address. Only failures count: a successful login is
 * never limited, and it clears its username's earlier failures.
 */
export interface LoginThrottlePolicy {
  windowMinutes: number;
  maxFailuresPerUsername: number;
  maxFailuresPerIp: number;
}

export const LOGIN_THROTTLE: LoginThrottlePolicy = {
  windowMinutes: 15,
  maxFailuresPerUsername: 5,
  maxFailuresPerIp: 50,
};

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; scope: 'username' | 'ip'; retryAt: Date };

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
  const pivot = failures[Math.max(0, failures.length - limit)]!;
  return new Date(Date.parse(pivot) + windowMinutes * 60_000);
}

/**
 * Decides whether a login attempt may be checked at all. Call it before verifying the password,
 * so that a locked username cannot be probed; unknown usernames are counted like real ones.
 *
 * @example const verdict = await checkLoginThrottle(db, { username: 'vpdu.chomoi', ip, now })
 */
export async function checkLoginThrottle(
  db: Kysely<Database>,
  attempt: { username: string; ip: string; now: Date },
  policy: LoginThrottlePolicy = LOGIN_THROTTLE,
): Promise<ThrottleVerdict> {
  const windowStart = new Date(attempt.now.getTime() - policy.windowMinutes * 60_000).toISOString();
  const lastSuccess = await findLastSuccessfulLogin(db, attempt.username);
  const since = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const byUsername = await listFailedLoginTimes(db, { username: attempt.username }, since);
  if (byUsername.length >= policy.maxFailuresPerUsername) {
    return {
      allowed: false,
      scope: 'username',
      retryAt: retryTime(byUsername, policy.maxFailuresPerUsername, policy.windowMinutes),
    };
  }
  const byIp = await listFailedLoginTimes(db, { ip: attempt.ip }, windowStart);
  if (byIp.length >= policy.maxFailuresPerIp) {
    return {
      allowed: false,
      scope: 'ip',
      retryAt: retryTime(byIp, policy.maxFailuresPerIp, policy.windowMinutes),
    };
  }
  return { allowed: true };
}
