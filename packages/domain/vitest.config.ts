import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Deadlines must not depend on the machine's zone; CI also runs the suite under other TZs.
    env: { TZ: 'America/New_York' },
  },
});
