import { flushLatencyMs } from '../measure/fsync.js';
import type { LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { fmt, type RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { intakeLoad, startIntakeServer } from './intake-servers.js';

/**
 * A province's registration burst, as modelled: 100 communes whose village lists and web forms
 * all arrive in the last hours before the cut-off, ~8 registrations a second per commune at the
 * peak → ~800 requests a second on one server.
 */
export const PROVINCE_BURST_RPS = 800;

/**
 * Durable intake (`synchronous=FULL`, what docs/operations.md "Storage" promises and
 * `createDatabase` sets by default) ÷ the fast setting (`NORMAL`): two servers on two copies of the
 * same data, driven in interleaved rounds; and the durable throughput's headroom over the modelled
 * burst.
 */
export async function durability(env: BenchEnv): Promise<RatioResult[]> {
  const durable = await startIntakeServer(env, 'durable', 'FULL');
  const fast = await startIntakeServer(env, 'fast', 'NORMAL');
  try {
    const samples = await interleave(env.mode.rounds, [
      { name: 'full', run: () => intakeLoad(env, durable) },
      { name: 'normal', run: () => intakeLoad(env, fast) },
    ]);
    const rps = (s: LoadSample[]) => medianOf(s, (x) => x.rps);
    const line = (name: string, s: LoadSample[]) =>
      `${name}: median ${fmt(rps(s))} req/s (rounds: ${s.map((x) => fmt(x.rps, 0)).join(', ')}; p99 ${fmt(
        medianOf(s, (x) => x.p99),
        2,
      )} ms)`;
    const flush = flushLatencyMs(env.workDir);
    const disk = `disk: a 4 KiB write + fdatasync takes ${fmt(flush, 2)} ms (median of 200) → at most ~${fmt(1000 / flush, 0)} commits/s when each commit waits for its own flush`;
    const fullLine = line('synchronous=FULL', samples.full);
    const figures = [fullLine, line('synchronous=NORMAL', samples.normal), disk];
    return [
      {
        id: 'durable-intake/fast-intake',
        title: 'petitions.register throughput with synchronous=FULL (the default) ÷ with NORMAL',
        target: null,
        value: rps(samples.full) / rps(samples.normal),
        figures,
      },
      {
        id: 'durable-intake/province-burst',
        title: `durable (FULL) intake throughput ÷ a province's modelled registration burst (${PROVINCE_BURST_RPS} req/s for 100 communes)`,
        target: { op: '>=', value: 1 },
        value: rps(samples.full) / PROVINCE_BURST_RPS,
        figures: [fullLine, `burst model: ${PROVINCE_BURST_RPS} req/s`, disk],
      },
    ];
  } finally {
    await durable.server.stop();
    await fast.server.stop();
  }
}
