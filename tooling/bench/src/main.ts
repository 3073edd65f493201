import { writeFileSync } from 'node:fs';
import { meets } from './report.js';
import { runBenchmarks } from './run.js';

// `pnpm bench` (full mode) or `node dist/main.js --short`; `--only=a,b` runs some suites;
// `--json=FILE` also writes the results as JSON (the test reads them).
const args = process.argv.slice(2);
const mode = args.includes('--short') ? 'short' : 'full';
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const json = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
const started = performance.now();
const run = await runBenchmarks(mode, (line) => console.log(line), only);
const missed = run.results.filter((r) => meets(r) === false).map((r) => r.id);
const unmeasured = run.results.filter((r) => r.value === null).map((r) => r.id);
console.log(
  `\n${run.results.length} ratios in ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
    `targets missed: ${missed.length ? missed.join(', ') : 'none'}; not measured: ${unmeasured.length ? unmeasured.join(', ') : 'none'}`,
);
if (json) writeFileSync(json, JSON.stringify(run, null, 2));
