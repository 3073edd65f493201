import { defineConfig } from 'vitest/config';

/**
 * A role app's vitest config: its unit tests and its browser journeys, which start the server,
 * sign several roles in and go through whole workflows (hence the long timeouts).
 *
 * @example export default appTestConfig;
 */
export const appTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
