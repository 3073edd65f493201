import { describe, expect, it } from 'vitest';
import { createDigestSchedule } from './digest-schedule.js';

describe('the daily digest schedule', () => {
  it('runs once a Vietnamese day, not before 07:00, and again the next day', async () => {
    let clock = new Date('2026-01-08T23:30:00.000Z'); // 06:30 in Vietnam
    const runs: string[] = [];
    const schedule = createDigestSchedule({
      now: () => clock,
      run: (at) => {
        runs.push(at.toISOString());
        return Promise.resolve();
      },
    });
    expect(await schedule.tick()).toBe(false);
    clock = new Date('2026-01-09T00:05:00.000Z'); // 07:05
    expect(await schedule.tick()).toBe(true);
    clock = new Date('2026-01-09T10:00:00.000Z');
    expect(await schedule.tick()).toBe(false);
    clock = new Date('2026-01-10T00:01:00.000Z');
    expect(await schedule.tick()).toBe(true);
    expect(runs).toEqual(['2026-01-09T00:05:00.000Z', '2026-01-10T00:01:00.000Z']);
  });

  it('tries again on the next pass when a run failed', async () => {
    let fail = true;
    const schedule = createDigestSchedule({
      now: () => new Date('2026-01-09T01:00:00.000Z'),
      run: () => (fail ? Promise.reject(new Error('cơ sở dữ liệu bận')) : Promise.resolve()),
      onError: () => undefined,
    });
    expect(await schedule.tick()).toBe(false);
    fail = false;
    expect(await schedule.tick()).toBe(true);
  });
});
