import { defineConfig } from 'vitest/config';

// One long journey through every app: generous timeouts, no parallel files.
export default defineConfig({
  test: {
    include: ['tests/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
