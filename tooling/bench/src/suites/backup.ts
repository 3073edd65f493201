import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadSample } from '../measure/load.js';
import { interleave, medianOf } from '../measure/rounds.js';
import { fmt, type RatioResult } from '../report.js';
import { repeatCommand } from './background.js';
import type { BenchEnv } from './env.js';
import { intakeRoundWithServerSide, startIntakeServer } from './intake-servers.js';

/** The `doithoai` command line of apps/server (built), as an operator runs it. */
function doithoaiCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@doithoai/server/package.json')), 'dist', 'cli.js');
}

/**
 * Intake p99 while `doithoai backup` (SQLite's online backup API, then `integrity_check` of the
 * copy) runs again and again ÷ idle, in interleaved rounds on one durable server. The backup is
 * a separate process, as an operator's cron job would be, pinned off the server's core (to the
 * load generator's): what is measured is the database's locking and I/O, as on a server with a
 * core to spare, not two processes sharing one core.
 */
export async function backupInterference(env: BenchEnv): Promise<RatioResult[]> {
  const target = await startIntakeServer(env, 'backup', 'FULL');
  const cli = doithoaiCli();
  let backups = 0;
  let seq = 0;
  try {
    const samples = await interleave(env.mode.rounds, [
      { name: 'idle', run: () => intakeRoundWithServerSide(env, target) },
      {
        name: 'backup',
        run: async () => {
          const loop = repeatCommand(
            () => [process.execPath, [cli, 'backup', join(env.workDir, `backup-${(seq += 1)}.db`)]],
            { ...process.env, DATABASE_URL: target.file },
            { prefix: env.cpu.sideJobPrefix },
          );
          try {
            return await intakeRoundWithServerSide(env, target);
          } finally {
            await loop.stop();
            backups += loop.completed();
          }
        },
      },
    ]);
    const p99 = (s: LoadSample[]) => medianOf(s, (x) => x.p99);
    const serverP99 = (s: (LoadSample & { serverP99: number })[]) =>
      medianOf(s, (x) => x.serverP99);
    const line = (name: string, s: (LoadSample & { serverP99: number })[]) =>
      `${name}: intake p99 ${fmt(p99(s), 2)} ms (rounds: ${s.map((x) => fmt(x.p99, 1)).join(', ')}; median ${fmt(medianOf(s, (x) => x.rps))} req/s)`;
    const serverLine = `inside the server (Hono middleware to response): p99 ${fmt(serverP99(samples.backup), 2)} ms vs ${fmt(serverP99(samples.idle), 2)} ms idle → ${fmt(serverP99(samples.backup) / serverP99(samples.idle), 2)}×`;
    return [
      {
        id: 'intake-p99/backup-vs-idle',
        title:
          'petitions.register p99 while `doithoai backup` runs (online backup, repeated) ÷ idle (synchronous=FULL)',
        target: { op: '<=', value: 2 },
        value: p99(samples.backup) / p99(samples.idle),
        figures: [
          line('during backups', samples.backup),
          line('idle', samples.idle),
          serverLine,
          `${backups} backups completed during the measured and warm-up rounds; database ${(statSync(target.file).size / 1e6).toFixed(1)} MB`,
        ],
      },
    ];
  } finally {
    await target.server.stop();
  }
}
