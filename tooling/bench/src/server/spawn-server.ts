import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CpuPlan } from '../measure/cpu.js';
import type { BenchServerConfig } from './bench-server.js';

export interface ServerChild {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./bench-server.js', import.meta.url));

/**
 * Starts a benchmark server child (pinned per the CPU plan) and waits until it listens.
 *
 * @example const server = await startServerChild(cpu, { databaseUrl, now }); … await server.stop();
 */
export function startServerChild(cpu: CpuPlan, config: BenchServerConfig): Promise<ServerChild> {
  const [command = process.execPath, ...prefix] = [...cpu.serverPrefix, process.execPath];
  const child = spawn(command, [...prefix, ENTRY, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('benchmark server did not start within 30 s'));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`benchmark server exited with ${code}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const { port } = JSON.parse(line) as { port: number };
      child.removeAllListeners('exit');
      const pid = child.pid;
      if (pid === undefined) return reject(new Error('benchmark server has no pid'));
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
