import { median } from '../measure/stats.js';

/** One in-process contender: a name and one operation. */
export interface Op {
  name: string;
  run(): unknown;
}

/**
 * Runs the operations in alternating small batches (10 of A, 10 of B, 10 of A…) for about `ms`
 * milliseconds in all, timing each batch, and returns each one's operations per second. Batches
 * this small put every contender through the same moments of a shared machine.
 *
 * @example const rates = await alternate(2000, [{ name: 'kysely', run: a }, { name: 'raw', run: b }]);
 */
export async function alternate(
  ms: number,
  ops: readonly Op[],
  batch = 10,
): Promise<Record<string, number>> {
  const tally = ops.map((op) => ({ op, time: 0, count: 0 }));
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const entry of tally) {
      const started = performance.now();
      for (let i = 0; i < batch; i += 1) await entry.op.run();
      entry.time += performance.now() - started;
      entry.count += batch;
    }
  }
  return Object.fromEntries(tally.map(({ op, time, count }) => [op.name, (count * 1000) / time]));
}

/**
 * Rounds of `alternate`; the ratio first ÷ second per round, and its median.
 *
 * @example const { ratio, rounds } = await alternatingRounds(3, 1000, [a, b]);
 */
export async function alternatingRounds(
  rounds: number,
  ms: number,
  ops: readonly [Op, Op],
): Promise<{ ratio: number; rounds: Record<string, number>[] }> {
  await alternate(Math.min(ms, 500), ops); // warm-up: JIT, statement cache, page cache
  const results: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round += 1) results.push(await alternate(ms, ops));
  const ratios = results.map(
    (r) => (r[ops[0].name] ?? Number.NaN) / (r[ops[1].name] ?? Number.NaN),
  );
  const ratio = median(ratios);
  return { ratio, rounds: results };
}

/** A figure line for one contender: its rate in every round. */
export function ratesLine(
  name: string,
  label: string,
  unit: string,
  rounds: Record<string, number>[],
): string {
  const rates = rounds.map((r) => r[name] ?? Number.NaN);
  const sorted = [...rates].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return `${label}: median ${middle.toFixed(1)} ${unit} (rounds: ${rates.map((r) => r.toFixed(0)).join(', ')})`;
}
