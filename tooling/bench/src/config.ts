import type { DatasetSpec } from './data/dataset.js';

/** How long and how big: the full mode (`pnpm bench`) and the short mode the tests run. */
export interface Mode {
  name: 'short' | 'full';
  /** Interleaved measured rounds per comparison (after one warm-up round each). */
  rounds: number;
  /** Seconds of load per round, per side. */
  seconds: number;
  connections: number;
  small: DatasetSpec;
  large: DatasetSpec;
}

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const MODES: Record<Mode['name'], Mode> = {
  // 10,000 petitions = 10 communes × 2 years × 500; 1,000,000 = 200 communes × 10 years × 500:
  // the history and the province grow, one commune's year stays the size of a real dialogue.
  full: {
    name: 'full',
    rounds: 5,
    seconds: 3,
    connections: 10,
    small: { communes: 10, years: years(2025, 2026), perCommuneYear: 500, tasksPerCommuneYear: 20 },
    large: {
      communes: 200,
      years: years(2017, 2026),
      perCommuneYear: 500,
      tasksPerCommuneYear: 20,
    },
  },
  // 1,000 = 1 commune × 2 years × 500; 100,000 = 50 communes × 4 years × 500.
  short: {
    name: 'short',
    rounds: 3,
    seconds: 1,
    connections: 10,
    small: { communes: 1, years: years(2025, 2026), perCommuneYear: 500, tasksPerCommuneYear: 20 },
    large: { communes: 50, years: years(2023, 2026), perCommuneYear: 500, tasksPerCommuneYear: 20 },
  },
};
