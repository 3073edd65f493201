import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  capDayOf,
  maxAttempts,
  quietHoursRelease,
  sendDecision,
} from './delivery-policy.js';

// Instants are UTC; Vietnam is UTC+7 (21:00 VN = 14:00Z, 07:00 VN = 00:00Z).
const at = (iso: string) => new Date(iso);

describe('quiet hours (21:00–07:00 Vietnam time)', () => {
  it('holds an SMS typed at 22:30 in Vietnam until 07:00 the next morning', () => {
    expect(quietHoursRelease('sms', at('2026-01-09T15:30:00Z')).toISOString()).toBe(
      '2026-01-10T00:00:00.000Z',
    );
  });

  it('holds a Zalo message sent at 05:00 until 07:00 the same day', () => {
    expect(quietHoursRelease('zalo-zns', at('2026-01-08T22:00:00Z')).toISOString()).toBe(
      '2026-01-09T00:00:00.000Z',
    );
  });

  it('lets an SMS leave at 07:00 and at 20:59, and holds one at 21:00', () => {
    expect(quietHoursRelease('sms', at('2026-01-09T00:00:00Z')).toISOString()).toBe(
      '2026-01-09T00:00:00.000Z',
    );
    expect(quietHoursRelease('sms', at('2026-01-09T13:59:00Z')).toISOString()).toBe(
      '2026-01-09T13:59:00.000Z',
    );
    expect(quietHoursRelease('sms', at('2026-01-09T14:00:00Z')).toISOString()).toBe(
      '2026-01-10T00:00:00.000Z',
    );
  });

  it('never holds the in-app bell or e-mail', () => {
    const night = at('2026-01-09T16:00:00Z');
    expect(quietHoursRelease('in-app', night)).toBe(night);
    expect(quietHoursRelease('email', night)).toBe(night);
  });
});

describe('the daily cap per recipient', () => {
  it('lets the fifth SMS of the day leave and holds the sixth until the next morning', () => {
    const noon = at('2026-01-09T05:00:00Z');
    expect(sendDecision('sms', noon, 4)).toEqual({ outcome: 'send' });
    expect(sendDecision('sms', noon, 5)).toEqual({
      outcome: 'wait',
      until: at('2026-01-10T00:00:00Z'),
      why: 'daily-cap',
    });
  });

  it('does not cap the in-app bell', () => {
    expect(sendDecision('in-app', at('2026-01-09T05:00:00Z'), 50)).toEqual({ outcome: 'send' });
  });

  it('counts the day in Vietnam: 23:30 UTC is already the next day', () => {
    expect(capDayOf(at('2026-01-09T17:30:00Z'))).toBe('2026-01-10');
  });
});

describe('backoff and give-up', () => {
  const failedAt = at('2026-01-09T02:00:00Z');

  it('waits 1 minute, 5 minutes, 30 minutes, 2 hours, 6 hours, then gives up', () => {
    const delays = [1, 2, 3, 4, 5].map((attempts) => {
      const decision = afterFailure(attempts, failedAt, true);
      if (decision.outcome !== 'retry') throw new Error('expected a retry');
      return (decision.at.getTime() - failedAt.getTime()) / 1000;
    });
    expect(delays).toEqual([60, 300, 1800, 7200, 21600]);
    expect(afterFailure(6, failedAt, true)).toEqual({ outcome: 'give-up' });
    expect(maxAttempts()).toBe(6);
  });

  it("waits as long as a rate-limited provider's Retry-After asks when that is longer", () => {
    expect(afterFailure(1, failedAt, true, 120)).toEqual({
      outcome: 'retry',
      at: at('2026-01-09T02:02:00Z'),
    });
  });

  it('gives up at once when the provider refuses for good (an invalid number)', () => {
    expect(afterFailure(1, failedAt, false)).toEqual({ outcome: 'give-up' });
  });
});
