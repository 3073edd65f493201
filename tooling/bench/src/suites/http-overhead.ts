import { load, assertClean, type LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { fmt, type RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { intakeLoad, startIntakeServer } from './intake-servers.js';

const rpsLine = (name: string, samples: LoadSample[]) =>
  `${name}: median ${fmt(medianOf(samples, (s) => s.rps))} req/s (rounds: ${samples.map((s) => fmt(s.rps, 0)).join(', ')}; p99 ${fmt(
    medianOf(samples, (s) => s.p99),
    2,
  )} ms)`;

/**
 * tRPC ÷ bare Hono, on one server process and one database (both routes mounted side by side):
 * `petitions.register` against `/bare/register`, `deadlines.profiles` against `/bare/profiles`.
 * `synchronous=NORMAL` here, so the commit's fsync does not hide the framework's cost.
 */
export async function httpOverhead(env: BenchEnv): Promise<RatioResult[]> {
  const target = await startIntakeServer(env, 'overhead', 'NORMAL');
  try {
    const intake = await interleave(env.mode.rounds, [
      { name: 'trpc', run: () => intakeLoad(env, target, '/trpc/petitions.register') },
      { name: 'bare', run: () => intakeLoad(env, target, '/bare/register') },
    ]);
    const hello = (path: string) => async () =>
      assertClean(
        await load({
          url: target.server.url,
          connections: env.mode.connections,
          durationSeconds: env.mode.seconds,
          request: { method: 'GET', path },
        }),
        path,
      );
    const profiles = await interleave(env.mode.rounds, [
      { name: 'trpc', run: hello('/trpc/deadlines.profiles') },
      { name: 'bare', run: hello('/bare/profiles') },
    ]);
    const ratio = (s: Record<'trpc' | 'bare', LoadSample[]>) =>
      medianOf(s.trpc, (x) => x.rps) / medianOf(s.bare, (x) => x.rps);
    return [
      {
        id: 'trpc-intake/bare-hono',
        title:
          'petitions.register through createApiApp (real session cookie) ÷ a bare Hono route with the same zod validation and SQL (throughput, synchronous=NORMAL)',
        target: { op: '>=', value: 0.4 },
        value: ratio(intake),
        figures: [rpsLine('tRPC', intake.trpc), rpsLine('bare Hono', intake.bare)],
      },
      {
        id: 'trpc-hello/bare-hono',
        title:
          'deadlines.profiles (public query) ÷ a bare Hono route returning the same profiles (throughput)',
        target: { op: '>=', value: 0.2 },
        value: ratio(profiles),
        figures: [rpsLine('tRPC', profiles.trpc), rpsLine('bare Hono', profiles.bare)],
      },
    ];
  } finally {
    await target.server.stop();
  }
}
