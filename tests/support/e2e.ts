import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { SITES } from './sites.ts';

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

/** Records console errors, uncaught exceptions and CSP violations on a page, from before its first script. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}

/**
 * A served build and a Chromium for one test file. `page()` opens a fresh context each time, so storage never
 * leaks between tests.
 */
export function useSite(which: keyof typeof SITES = 'root') {
  const state = {} as { site: StaticSite; browser: Browser; contexts: BrowserContext[] };
  beforeAll(async () => {
    state.site = await serveStatic(SITES[which].outDir, SITES[which].basePath);
    state.browser = await launchChromium();
    state.contexts = [];
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return {
    get url() {
      return state.site.url;
    },
    get browser() {
      return state.browser;
    },
    async page(options: BrowserContextOptions = {}) {
      const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      state.contexts.push(context);
      return context.newPage();
    },
  };
}

/** Every page the sitemap lists, as paths relative to the site root (for example `the-shift/`). */
export function sitemapPaths(which: keyof typeof SITES = 'root'): string[] {
  const { outDir, basePath } = SITES[which];
  const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname.slice(basePath.length));
}
