import { vietnamDateAt } from '../calendar/civil-date.js';
import type { NotificationChannel } from './notification.schema.js';

/**
 * Respect for people (issue 15), as data: no SMS or Zalo at night in Vietnam, a cap on what one
 * person receives a day, and the retry schedule of a failed send. System policy, not a
 * regulation's: a commune may be given other values.
 */
export interface DeliveryPolicy {
  /** Local hours (UTC+7) during which the listed channels wait: [from, to) across midnight. */
  quietHours: { fromHour: number; toHour: number; channels: readonly NotificationChannel[] };
  /** Messages one recipient may receive on these channels in one Vietnamese day. */
  dailyCap: { perRecipient: number; channels: readonly NotificationChannel[] };
  /** Seconds to wait after the 1st, 2nd… failed attempt; after the last one the send gives up. */
  backoffSeconds: readonly number[];
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  quietHours: { fromHour: 21, toHour: 7, channels: ['sms', 'zalo-zns'] },
  dailyCap: { perRecipient: 5, channels: ['sms', 'zalo-zns', 'email'] },
  backoffSeconds: [60, 300, 1800, 7200, 21600],
};

const HOUR = 3_600_000;
const VIETNAM_OFFSET = 7 * HOUR;

/** The hour of the day in Vietnam at an instant (0–23). */
export function vietnamHourAt(at: Date): number {
  return new Date(at.getTime() + VIETNAM_OFFSET).getUTCHours();
}

/** The instant of `hour`:00 in Vietnam on the Vietnamese day holding `at`, plus `days` days. */
function vietnamClockAt(at: Date, hour: number, days: number): Date {
  const [year, month, day] = vietnamDateAt(at).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days, hour) - VIETNAM_OFFSET);
}

/**
 * When a message on `channel` may leave if it is ready at `at`: `at` itself, or the end of the
 * quiet hours (07:00 Vietnam time) when `at` falls between 21:00 and 07:00.
 *
 * @example quietHoursRelease('sms', new Date('2026-01-09T15:30:00Z')).toISOString() // '2026-01-10T00:00:00.000Z' (22:30 → 07:00)
 */
export function quietHoursRelease(
  channel: NotificationChannel,
  at: Date,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): Date {
  const { fromHour, toHour, channels } = policy.quietHours;
  if (!channels.includes(channel)) return at;
  const hour = vietnamHourAt(at);
  if (hour >= fromHour) return vietnamClockAt(at, toHour, 1);
  if (hour < toHour) return vietnamClockAt(at, toHour, 0);
  return at;
}

export type SendDecision =
  { outcome: 'send' } | { outcome: 'wait'; until: Date; why: 'quiet-hours' | 'daily-cap' };

/**
 * Whether a message may leave now: the quiet hours first, then the recipient's daily cap
 * (`sentToday`: what this recipient already received today on capped channels). A capped message
 * waits for the next morning, never dropped.
 *
 * @example sendDecision('sms', new Date('2026-01-09T03:00:00Z'), 5).outcome // 'wait' (cap of 5 reached)
 */
export function sendDecision(
  channel: NotificationChannel,
  at: Date,
  sentToday: number,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): SendDecision {
  const release = quietHoursRelease(channel, at, policy);
  if (release.getTime() !== at.getTime())
    return { outcome: 'wait', until: release, why: 'quiet-hours' };
  const { perRecipient, channels } = policy.dailyCap;
  if (channels.includes(channel) && sentToday >= perRecipient) {
    const morning = vietnamClockAt(at, policy.quietHours.toHour, 1);
    return { outcome: 'wait', until: morning, why: 'daily-cap' };
  }
  return { outcome: 'send' };
}

/** The Vietnamese day an instant counts in for the daily cap. */
export const capDayOf = (at: Date): string => vietnamDateAt(at);

export type FailureDecision = { outcome: 'retry'; at: Date } | { outcome: 'give-up' };

/**
 * After a failed attempt (`attempts` counts it): retry after the schedule's delay, or the
 * provider's Retry-After when it asks for longer; give up when the provider refused for good
 * (`retryable` false: an invalid number, a template Zalo rejects) or the schedule ran out.
 *
 * @example afterFailure(1, new Date('2026-01-09T02:00:00Z'), true) // { outcome: 'retry', at: 02:01 }
 * @example afterFailure(6, new Date('2026-01-09T02:00:00Z'), true) // { outcome: 'give-up' }
 */
export function afterFailure(
  attempts: number,
  at: Date,
  retryable: boolean,
  retryAfterSeconds: number | null = null,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): FailureDecision {
  const delay = policy.backoffSeconds[attempts - 1];
  if (!retryable || delay === undefined) return { outcome: 'give-up' };
  const seconds = Math.max(delay, retryAfterSeconds ?? 0);
  return { outcome: 'retry', at: new Date(at.getTime() + seconds * 1000) };
}

/** The most attempts a message gets: the first one and one per delay of the schedule. */
export const maxAttempts = (policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY): number =>
  policy.backoffSeconds.length + 1;
