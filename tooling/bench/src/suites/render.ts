import type { LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { fmt, type RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { intakeRoundWithServerSide, startIntakeServer } from './intake-servers.js';

const RENDERS = 20;

/**
 * Intake p99 while 20 documents render in the same server (kept 20 in flight through
 * `@doithoai/documents`' renderer, off the event loop) ÷ idle, in interleaved rounds. The server
 * process — its event loop and its render workers — has one core, as every server here.
 */
export async function renderInterference(env: BenchEnv): Promise<RatioResult[]> {
  const id = 'intake-p99/render-vs-idle';
  const target = await startIntakeServer(env, 'render', 'FULL');
  const post = async (path: string) => {
    const response = await fetch(`${target.server.url}${path}`, { method: 'POST' });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  try {
    const probe = await post(`/bench/renders/start?count=1`);
    if (probe.status !== 200)
      return [
        {
          id,
          title: 'intake p99 while 20 documents render ÷ idle',
          target: { op: '<=', value: 2 },
          value: null,
          figures: [],
          notMeasured: String(probe.body.error),
        },
      ];
    await post('/bench/renders/stop');
    let rendered = 0;
    let failure: string | null = null;
    const samples = await interleave(env.mode.rounds, [
      { name: 'idle', run: () => intakeRoundWithServerSide(env, target) },
      {
        name: 'render',
        run: async () => {
          await post(`/bench/renders/start?count=${RENDERS}`);
          const sample = await intakeRoundWithServerSide(env, target).finally(async () => {
            const { body } = await post('/bench/renders/stop');
            rendered += Number(body.completed);
            failure ??= typeof body.failed === 'string' && body.failed ? body.failed : null;
          });
          if (failure) throw new Error(`render failed: ${failure}`);
          return sample;
        },
      },
    ]);
    const p99 = (s: LoadSample[]) => medianOf(s, (x) => x.p99);
    const serverP99 = (s: (LoadSample & { serverP99: number })[]) =>
      medianOf(s, (x) => x.serverP99);
    const line = (name: string, s: (LoadSample & { serverP99: number })[]) =>
      `${name}: intake p99 ${fmt(p99(s), 2)} ms (rounds: ${s.map((x) => fmt(x.p99, 1)).join(', ')}; median ${fmt(medianOf(s, (x) => x.rps))} req/s)`;
    const serverLine = `inside the server (Hono middleware to response): p99 ${fmt(serverP99(samples.render), 2)} ms vs ${fmt(serverP99(samples.idle), 2)} ms idle → ${fmt(serverP99(samples.render) / serverP99(samples.idle), 2)}×`;
    return [
      {
        id,
        title: `petitions.register p99 while ${RENDERS} documents render in the server (docx/xlsx, @doithoai/documents worker pool) ÷ idle`,
        target: { op: '<=', value: 2 },
        value: p99(samples.render) / p99(samples.idle),
        figures: [
          line(`${RENDERS} renders in flight`, samples.render),
          line('idle', samples.idle),
          serverLine,
          `${rendered} documents rendered during the warm-up and measured rounds`,
        ],
      },
    ];
  } finally {
    await target.server.stop();
  }
}
