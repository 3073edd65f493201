import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Storage suites share one PostgreSQL database (a schema per suite); SQLite files are per test.
    fileParallelism: true,
    // Limits wide enough for a busy two-core machine (a suite alone takes a tenth of this).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
