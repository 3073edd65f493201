import type { ApiDependencies } from '../../context.js';

/** How long a dialogue's published results are served from memory before being built again. */
export const RESULTS_TTL_MS = 60_000;
/** Dialogues kept at once (the least recently read is dropped first). */
export const RESULTS_CAPACITY = 64;

interface Entry<T> {
  at: number;
  adminUnitCode: string | null;
  value: Promise<T>;
}

/**
 * The published results of a dialogue, kept per (commune, plan) for a minute (issue 17, cost
 * amplification: 4 requests batching 150 `public.results` each read the whole dialogue 600
 * times and slowed every other request for seconds). One build serves every call of a burst —
 * the calls of one batch run in parallel, so the build in flight is shared, not only its
 * result. A failure is not kept. The clock is the request's (`ctx.requestTime`), so tests move
 * it; a citizen's consent withdrawal and every petition step drop the dialogue's entry at once.
 */
export class ResultsCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly capacity = RESULTS_CAPACITY,
    private readonly ttlMs = RESULTS_TTL_MS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The plan's results, built by `build` unless a fresh one is kept. */
  read(planId: string, now: Date, build: () => Promise<{ adminUnitCode: string; value: T }>) {
    const entry = this.entries.get(planId);
    if (entry && now.getTime() - entry.at < this.ttlMs && now.getTime() >= entry.at) {
      // Most recently read last, so the oldest is dropped first.
      this.entries.delete(planId);
      this.entries.set(planId, entry);
      return entry.value;
    }
    const fresh: Entry<T> = {
      at: now.getTime(),
      adminUnitCode: null,
      value: Promise.resolve() as never,
    };
    fresh.value = build().then(
      ({ adminUnitCode, value }) => {
        fresh.adminUnitCode = adminUnitCode;
        return value;
      },
      (error: unknown) => {
        if (this.entries.get(planId) === fresh) this.entries.delete(planId);
        throw error;
      },
    );
    this.entries.delete(planId);
    this.entries.set(planId, fresh);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return fresh.value;
  }

  /** Drops the plan's results: the next read builds them again. */
  invalidate(planId: string): void {
    this.entries.delete(planId);
  }
}

// One cache per running api (its dependencies), not per process: tests run several apps.
const caches = new WeakMap<ApiDependencies, ResultsCache<unknown>>();

/** The results cache of the api built on `deps`. */
export function publicResultsCache(deps: ApiDependencies): ResultsCache<unknown> {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new ResultsCache();
    caches.set(deps, cache);
  }
  return cache;
}
