import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The demo built through the API on PostgreSQL takes 22 s alone and over 60 s when other
    // suites share the two cores; a limit is there to stop a hang, not to measure speed
    // (the benchmarks do that), so it leaves a wide margin.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
