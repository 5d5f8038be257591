import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, all run by `npm test`:
 * - unit: pure logic in Node, no build;
 * - build: real `astro build` runs over broken content, proving each error message;
 * - e2e: real Chromium against the built site (built once by the global setup), plus budgets, links and axe.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Saves wait for a pause in typing and pages render asynchronously: poll for up to five seconds.
          expect: { poll: { timeout: 5_000 } },
          // Each file launches its own Chromium; two at a time suits a two-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
