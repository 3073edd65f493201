import autocannon, { type AutocannonRequest } from 'autocannon';
import { percentile } from './stats.js';

/** What one load run measured. Latencies in milliseconds. */
export interface LoadSample {
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers and socket errors: a correct benchmark has none. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  request: AutocannonRequest;
  connections: number;
  /** Seconds, or a fixed number of requests with `amount`. */
  durationSeconds?: number;
  amount?: number;
}

/**
 * Drives one endpoint with autocannon and keeps every response time, so any percentile can be
 * read (autocannon's own summary has p97.5 and p99, no p95).
 *
 * @example const sample = await load({ url, request: { path: '/healthz' }, connections: 10, durationSeconds: 2 });
 */
export function load(options: LoadOptions): Promise<LoadSample> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        timeout: 30,
        ...(options.amount !== undefined
          ? { amount: options.amount }
          : { duration: options.durationSeconds ?? 2 }),
        requests: [options.request],
      },
      (error, result) => {
        if (error) return reject(error);
        const failures = result.non2xx + result.errors + result.timeouts;
        resolve({
          rps: result.requests.total / result.duration,
          requests: result.requests.total,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          failures,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      times.push(ms);
    });
  });
}

/** Throws when a run had failures: a ratio of errors is not a figure. */
export function assertClean(sample: LoadSample, what: string): LoadSample {
  if (sample.failures > 0)
    throw new Error(`${what}: ${sample.failures} failed requests of ${sample.requests}`);
  return sample;
}
