import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.browser.test.ts'],
    environment: 'node',
    // The browser journey starts the server, signs in twice and goes through a whole approval.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
