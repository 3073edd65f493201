import { defineConfig } from 'vitest/config';

// One long journey through every app: generous timeouts, no parallel files.
export default defineConfig({
  test: {
    include: ['tests/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
