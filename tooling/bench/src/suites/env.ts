import type { Mode } from '../config.js';
import type { CpuPlan } from '../measure/cpu.js';

/** What every suite gets: the mode, the CPU plan, a log, a private work folder, the datasets. */
export interface BenchEnv {
  mode: Mode;
  cpu: CpuPlan;
  log: (line: string) => void;
  workDir: string;
  /** Cached generated SQLite files (read-only: copy before writing). */
  smallDataset(): Promise<string>;
  largeDataset(): Promise<string>;
}
