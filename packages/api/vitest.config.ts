import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Limits stop a hang; they leave a wide margin for a busy two-core machine.
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
