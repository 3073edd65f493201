import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Where the load generator and the server run. With `taskset` and two or more cores the
 * benchmark process (autocannon) is pinned to core 0 and each server child to core 1, so the
 * load generator never steals the server's CPU; otherwise the note says why not.
 */
export interface CpuPlan {
  pinned: boolean;
  note: string;
  /** The command prefix a server child starts with (`taskset -c 1`, or nothing). */
  serverPrefix: string[];
  /** The prefix of a maintenance job that must not take the server's core (`taskset -c 0`). */
  sideJobPrefix: string[];
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pins this process (every thread) to core 0 when it can, and says how servers are to be started.
 *
 * @example const cpu = pinLoadGenerator(); spawn(cpu.serverPrefix[0] ?? 'node', …)
 */
export function pinLoadGenerator(): CpuPlan {
  const cores = availableParallelism();
  if (cores < 2)
    return {
      pinned: false,
      note: `only ${cores} core: server and load share it`,
      serverPrefix: [],
      sideJobPrefix: [],
    };
  if (!hasTaskset())
    return {
      pinned: false,
      note: 'taskset not found: server and load generator are not pinned (the OS schedules them)',
      serverPrefix: [],
      sideJobPrefix: [],
    };
  execFileSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' });
  return {
    pinned: true,
    note: `load generator pinned to core 0, servers to core 1 (taskset; ${cores} cores)`,
    serverPrefix: ['taskset', '-c', '1'],
    sideJobPrefix: ['taskset', '-c', '0'],
  };
}
