import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Loading every package and listing each build's files: wide limits for a busy machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
