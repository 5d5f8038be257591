import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser.ts';
import { SITES, portVariable, type SiteName } from './tests/support/sites.ts';
import type { SiteOptions } from './tests/support/test.ts';

/** The test server prints every site's port on one line; each named group becomes an environment variable. */
const servingLine = new RegExp(
  `serving ${(Object.keys(SITES) as SiteName[]).map((name) => `${portVariable(name)}=(?<${portVariable(name).toLowerCase()}>\\d+)`).join(' ')}`,
);

/**
 * Browser tests in real Chromium (Debian's, never a downloaded one), in two projects:
 * - behaviour: what a learner does, on the small fixture course in tests/fixture-course/;
 * - real-course: a short set of checks over every page of the real course (accessibility, links, console and CSP,
 *   page weight, search).
 * The sites are built once by the global setup and served by one small static server on free ports.
 */
export default defineConfig<SiteOptions>({
  globalSetup: './tests/support/build-sites.ts',
  webServer: {
    command: `"${process.execPath}" tests/support/serve-sites.ts`,
    wait: { stdout: servingLine },
    timeout: 30_000,
  },
  workers: availableParallelism(),
  fullyParallel: true,
  forbidOnly: true,
  // A flaky test is a failing test here: nothing is retried.
  retries: 0,
  // Generous but finite: tests wait for conditions, and these only bound how long a broken one takes to fail.
  timeout: 60_000,
  globalTimeout: 15 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/support/project-times-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Recording a trace of every test costs about a third of the suite's time; TRACE=1 keeps one for each failure.
    trace: process.env.TRACE ? 'retain-on-failure' : 'off',
    // The course's service worker would serve every page after the first from its cache, out of reach of a test's
    // routes and request counts. The offline and update tests allow it; every other test sees the network.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'behaviour', testDir: './tests/behaviour', use: { siteName: 'fixture' } },
    { name: 'real-course', testDir: './tests/real-course', use: { siteName: 'real' } },
  ],
});
