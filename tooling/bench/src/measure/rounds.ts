import { median } from './stats.js';

/** One side of a comparison: a name and what one round of it measures. */
export interface Variant<S, N extends string = string> {
  name: N;
  run(round: number): Promise<S>;
}

/**
 * Runs the variants side by side in interleaved rounds (A, B, A, B…) after one discarded warm-up
 * round each, so that a slow minute of the shared machine hits every variant alike; returns
 * every round's sample per variant.
 *
 * @example const samples = await interleave(3, [a, b]); median(samples.a.map((s) => s.rps))
 */
export async function interleave<S, N extends string>(
  rounds: number,
  variants: readonly Variant<S, N>[],
  options: { warmup?: boolean } = {},
): Promise<Record<N, S[]>> {
  const taken = variants.map((variant) => ({ variant, samples: [] as S[] }));
  if (options.warmup ?? true) for (const variant of variants) await variant.run(-1);
  for (let round = 0; round < rounds; round += 1) {
    for (const { variant, samples } of taken) samples.push(await variant.run(round));
  }
  // One entry per variant, keyed by its name: the record has every N.
  return Object.fromEntries(taken.map(({ variant, samples }) => [variant.name, samples])) as Record<
    N,
    S[]
  >;
}

/** The median of one figure over a variant's rounds. @example medianOf(samples.a, (s) => s.rps) */
export function medianOf<S>(samples: readonly S[], figure: (sample: S) => number): number {
  return median(samples.map(figure));
}
