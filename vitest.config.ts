import { defineConfig } from 'vitest/config';

/**
 * Two kinds of test, both run by `npm test`:
 * - unit: pure logic in Node, no build;
 * - build: real `astro build` runs over broken content, proving each error message.
 * The browser tests run under Playwright Test (playwright.config.ts).
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
          // Concurrent builds (content-errors) two at a time: each is a process of its own, and two use both cores.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
