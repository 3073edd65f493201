import { forgetRateEvent, listRateEvents, recordRateEvent } from '@doithoai/db';
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

/** The longest window of any limit: older events can never be counted again, and are pruned. */
export const LONGEST_RATE_WINDOW_MINUTES = Math.max(
  ...Object.values(PUBLIC_RATE_LIMITS).flatMap((windows) => windows.map((w) => w.minutes)),
);

export type RateVerdict = { allowed: true } | { allowed: false; scope: RateScope; retryAt: Date };

/** An admitted request's place in the count: `release` un-counts it (the request did not happen). */
export type RateTicket =
  { allowed: true; release: () => Promise<void> } | Extract<RateVerdict, { allowed: false }>;

/** The subject as stored: an HMAC, so the table holds no phone number or address in clear. */
async function subjectHash(ctx: Context, scope: RateScope, subject: string): Promise<string> {
  return sign(await publicSecret(ctx), `${scope}:${subject}`);
}

/**
 * Counts one request of `subject` and decides in the same step whether it fits every window of
 * `scope`: the event is recorded FIRST, then the events are counted including every parallel
 * request already recorded — of two parallel requests, the one that counts second sees the
 * first, so a burst never gets more than the limit. A refused request's event is removed; an
 * admitted one keeps it unless `release` is called (the request failed, or counts nothing).
 *
 * @example const ticket = await takeRate(ctx, 'register-phone', '0987000201');
 */
export async function takeRate(
  ctx: Context,
  scope: RateScope,
  subject: string,
  limits: readonly RateWindow[] = PUBLIC_RATE_LIMITS[scope],
): Promise<RateTicket> {
  const hash = await subjectHash(ctx, scope, subject);
  const now = ctx.requestTime.getTime();
  const at = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  const id = await recordRateEvent(ctx.db, {
    scope,
    subjectHash: hash,
    at: ctx.requestTime.toISOString(),
    pruneBefore: at(LONGEST_RATE_WINDOW_MINUTES),
  });
  let latest: Date | null = null;
  for (const window of limits) {
    const events = await listRateEvents(ctx.db, scope, hash, at(window.minutes));
    const others = events.filter((event) => event.id !== id).map((event) => event.at);
    if (others.length >= window.limit) {
      const retryAt = retryTime(others, window.limit, window.minutes);
      if (!latest || retryAt > latest) latest = retryAt;
    }
  }
  if (latest) {
    await forgetRateEvent(ctx.db, id);
    return { allowed: false, scope, retryAt: latest };
  }
  return { allowed: true, release: () => forgetRateEvent(ctx.db, id) };
}
