import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The demo and fault suites run whole servers; on a busy two-core machine they took several
    // times as long as alone (the demo on PostgreSQL once passed a 60 s limit). A limit is there
    // to stop a hang, not to measure speed (the benchmarks do that), so it leaves a wide margin.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
