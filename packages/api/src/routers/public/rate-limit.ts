import { listRateEventTimes, recordRateEvent } from '@doithoai/db';
import type { Context } from '../../context.js';
import { retryTime } from '../../auth/throttle.js';
import { publicSecret, sign } from './public-secret.js';

/**
 * Sliding-window limits of the public pages, per subject. Per phone number few, because one
 * citizen rarely has more than a handful of matters for one dialogue; per client address many,
 * because a commune hall, a post office or a mobile carrier's NAT puts a whole village behind
 * one address on registration day (the "hall" burst: 60 registrations in 10 minutes, 400 a
 * day). Tracking lookups that find nothing are limited per address, so codes cannot be guessed.
 */
export interface RateWindow {
  limit: number;
  minutes: number;
}
export const PUBLIC_RATE_LIMITS = {
  'register-phone': [{ limit: 5, minutes: 24 * 60 }],
  'register-ip': [
    { limit: 60, minutes: 10 },
    { limit: 400, minutes: 24 * 60 },
  ],
  'track-miss-ip': [{ limit: 30, minutes: 10 }],
} as const satisfies Record<string, readonly RateWindow[]>;
export type RateScope = keyof typeof PUBLIC_RATE_LIMITS;

export type RateVerdict = { allowed: true } | { allowed: false; scope: RateScope; retryAt: Date };

/** The subject as stored: an HMAC, so the table holds no phone number or address in clear. */
async function subjectHash(ctx: Context, scope: RateScope, subject: string): Promise<string> {
  return sign(await publicSecret(ctx), `${scope}:${subject}`);
}

/**
 * Whether one more request of `subject` fits every window of `scope` now; if not, when it will.
 *
 * @example const verdict = await checkRate(ctx, 'register-phone', '0987000201');
 */
export async function checkRate(
  ctx: Context,
  scope: RateScope,
  subject: string,
  limits: readonly RateWindow[] = PUBLIC_RATE_LIMITS[scope],
): Promise<RateVerdict> {
  const hash = await subjectHash(ctx, scope, subject);
  const now = ctx.requestTime.getTime();
  let latest: Date | null = null;
  for (const window of limits) {
    const since = new Date(now - window.minutes * 60_000).toISOString();
    const times = await listRateEventTimes(ctx.db, scope, hash, since);
    if (times.length >= window.limit) {
      const retryAt = retryTime(times, window.limit, window.minutes);
      if (!latest || retryAt > latest) latest = retryAt;
    }
  }
  return latest ? { allowed: false, scope, retryAt: latest } : { allowed: true };
}

/** Counts one request of `subject`. @example await countRate(ctx, 'register-ip', ctx.ip); */
export async function countRate(ctx: Context, scope: RateScope, subject: string): Promise<void> {
  await recordRateEvent(ctx.db, {
    scope,
    subjectHash: await subjectHash(ctx, scope, subject),
    at: ctx.requestTime.toISOString(),
  });
}
