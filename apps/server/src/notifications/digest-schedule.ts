import { capDayOf, DEFAULT_DELIVERY_POLICY, vietnamHourAt } from '@doithoai/domain';

/**
 * Once a Vietnamese day, at or after the morning's end of the quiet hours (07:00), runs the daily
 * deadline digests. `run` is idempotent per body and day (the digest's event id), so a restart or
 * a second server process running it too writes nothing twice.
 */
export function createDigestSchedule(options: {
  now: () => Date;
  run: (at: Date) => Promise<unknown>;
  onError?: (error: unknown) => void;
}) {
  let lastDay: string | null = null;
  return {
    /**
     * Called on every dispatcher pass: runs the digests when today's have not run yet. An arrow
     * function, so the dispatcher can be handed `tick` on its own (it uses no `this`).
     */
    tick: async (): Promise<boolean> => {
      const at = options.now();
      const day = capDayOf(at);
      if (day === lastDay || vietnamHourAt(at) < DEFAULT_DELIVERY_POLICY.quietHours.toHour)
        return false;
      try {
        await options.run(at);
        lastDay = day;
        return true;
      } catch (error) {
        options.onError?.(error);
        return false;
      }
    },
  };
}
