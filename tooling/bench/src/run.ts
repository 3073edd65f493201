import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODES, type Mode } from './config.js';
import { sqliteDataset } from './data/dataset.js';
import { pinLoadGenerator } from './measure/cpu.js';
import { formatResult, type RatioResult } from './report.js';
import type { BenchEnv } from './suites/env.js';
import { SUITES } from './suites/index.js';

export interface BenchRun {
  mode: Mode;
  machine: string;
  cpuNote: string;
  results: RatioResult[];
}

/**
 * Runs every suite of a mode and prints each ratio as it is measured. A suite that fails is
 * reported as "not measured" with its error, and the others still run.
 *
 * @example const run = await runBenchmarks('short', console.log);
 */
export async function runBenchmarks(
  modeName: Mode['name'],
  print: (line: string) => void,
  only?: readonly string[],
): Promise<BenchRun> {
  const mode = MODES[modeName];
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`;
  const cpu = pinLoadGenerator();
  print(
    `Đối thoại benchmarks — ${mode.name} mode: ${mode.rounds} interleaved rounds of ${mode.seconds} s, ${mode.connections} connections`,
  );
  print(`machine: ${machine}; ${cpu.note}`);
  const workDir = mkdtempSync(join(tmpdir(), 'doithoai-bench-run-'));
  const log = (line: string) => print(`  · ${line}`);
  const env: BenchEnv = {
    mode,
    cpu,
    log,
    workDir,
    smallDataset: () => sqliteDataset(mode.small, log),
    largeDataset: () => sqliteDataset(mode.large, log),
  };
  const results: RatioResult[] = [];
  try {
    for (const suite of SUITES) {
      if (only && !only.includes(suite.name)) continue;
      print(`— ${suite.name}`);
      const started = performance.now();
      let produced: RatioResult[];
      try {
        produced = await suite.run(env);
      } catch (error) {
        produced = suite.ids.map((id) => ({
          id,
          title: suite.name,
          target: { op: '>=', value: 0 },
          value: null,
          figures: [],
          notMeasured: `suite failed: ${(error as Error).stack ?? String(error)}`,
        }));
      }
      for (const result of produced) {
        results.push(result);
        print(formatResult(result));
      }
      log(`${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return { mode, machine, cpuNote: cpu.note, results };
}
