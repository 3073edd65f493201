import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Storage suites share one PostgreSQL database (a schema per suite); SQLite files are per test.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
