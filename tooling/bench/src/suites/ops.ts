/** One in-process contender: a name and one operation. */
export interface Op {
  name: string;
  run(): Promise<unknown> | unknown;
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
  const time = new Map<string, number>(ops.map((o) => [o.name, 0]));
  const count = new Map<string, number>(ops.map((o) => [o.name, 0]));
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const op of ops) {
      const started = performance.now();
      for (let i = 0; i < batch; i += 1) await op.run();
      time.set(op.name, time.get(op.name)! + performance.now() - started);
      count.set(op.name, count.get(op.name)! + batch);
    }
  }
  return Object.fromEntries(
    ops.map((o) => [o.name, (count.get(o.name)! * 1000) / time.get(o.name)!]),
  );
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
  const ratios = results.map((r) => r[ops[0].name]! / r[ops[1].name]!).sort((a, b) => a - b);
  const mid = Math.floor(ratios.length / 2);
  const ratio = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return { ratio, rounds: results };
}

/** A figure line for one contender: its rate in every round. */
export function ratesLine(
  name: string,
  label: string,
  unit: string,
  rounds: Record<string, number>[],
): string {
  const rates = rounds.map((r) => r[name]!);
  const sorted = [...rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${label}: median ${median.toFixed(1)} ${unit} (rounds: ${rates.map((r) => r.toFixed(0)).join(', ')})`;
}
