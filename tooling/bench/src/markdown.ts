import { readFileSync } from 'node:fs';
import { meets, type RatioResult } from './report.js';
import type { BenchRun } from './run.js';
import { round } from './measure/stats.js';

// `node dist/markdown.js results.json`: a run's results (written by `main.js --json=…`) as the
// Markdown table and figure lists that BENCHMARKS.md quotes.

function target(result: RatioResult): string {
  return result.target ? `${result.target.op === '>=' ? '≥' : '≤'} ${result.target.value}` : '—';
}

function verdict(result: RatioResult): string {
  const ok = meets(result);
  return result.value === null
    ? 'not measured'
    : ok === null
      ? 'informational'
      : ok
        ? 'met'
        : '**missed**';
}

/**
 * The results of a run as Markdown.
 *
 * @example console.log(toMarkdown(JSON.parse(readFileSync('results.json', 'utf8'))))
 */
export function toMarkdown(run: BenchRun): string {
  const lines = [
    `Mode: ${run.mode.name} (${run.mode.rounds} interleaved rounds of ${run.mode.seconds} s, ${run.mode.connections} connections). Machine: ${run.machine}; ${run.cpuNote}.`,
    '',
    '| ratio | target | measured | verdict |',
    '|---|---|---|---|',
    ...run.results.map(
      (r) =>
        `| \`${r.id}\` | ${target(r)} | ${r.value === null ? '—' : round(r.value)} | ${verdict(r)} |`,
    ),
    '',
  ];
  for (const r of run.results) {
    lines.push(`- **\`${r.id}\`** — ${r.title}`);
    if (r.notMeasured) lines.push(`  - not measured: ${r.notMeasured.split('\n')[0]}`);
    for (const figure of r.figures) lines.push(`  - ${figure}`);
  }
  return lines.join('\n');
}

if (process.argv[2])
  console.log(toMarkdown(JSON.parse(readFileSync(process.argv[2], 'utf8')) as BenchRun));
