import { test as base } from '@playwright/test';
import { watchProblems, type PageProblems } from './page-problems.ts';
import { servedSite, type ServedSite } from './served-site.ts';
import type { SiteName } from './sites.ts';

export interface SiteOptions {
  /** Which build the test runs against: the fixture course unless a project or file says otherwise. */
  siteName: SiteName;
}

interface SiteFixtures {
  /** The served build; `page.goto('progress/')` resolves against its address, base path included. */
  site: ServedSite;
  /** Console errors and CSP violations on the test's page, recorded from before its first script. */
  problems: PageProblems;
}

/** Playwright's test with the course's fixtures: every browser test imports `test` and `expect` from here. */
export const test = base.extend<SiteOptions & SiteFixtures>({
  siteName: ['fixture', { option: true }],
  site: async ({ siteName }, use) => {
    await use(servedSite(siteName));
  },
  baseURL: async ({ site }, use) => {
    await use(site.url);
  },
  problems: async ({ page }, use) => {
    await use(await watchProblems(page));
  },
});

export { expect } from '@playwright/test';
