import { describe, expect, it } from 'vitest';
import { sitemapPaths, useSite } from '../support/e2e.ts';
import { kilobytes, recordTransfers, total } from '../support/budget.ts';
import { CAPSTONE, ORIENTATION, hydrateAll } from '../support/progress-pages.ts';

const site = useSite();
const lessons = sitemapPaths().filter((p) => p.split('/').length === 3);

/** Budgets for a lesson page before any interaction, gzip sizes, measured in Chromium on the built site. */
const BUDGET = { script: 15 * 1024, document: 12 * 1024, stylesheet: 10 * 1024 };

describe('page weight budgets', () => {
  it.each(lessons)('%s stays within the JavaScript, HTML and CSS budgets', async (path) => {
    const page = await site.page();
    const transfers = recordTransfers(page);
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
    const figures = {
      script: total(transfers, 'script'),
      document: total(transfers, 'document'),
      stylesheet: total(transfers, 'stylesheet'),
    };
    console.log(
      `${path}: JavaScript ${kilobytes(figures.script)} of ${kilobytes(BUDGET.script)}, HTML ${kilobytes(figures.document)} of ${kilobytes(BUDGET.document)}, CSS ${kilobytes(figures.stylesheet)} of ${kilobytes(BUDGET.stylesheet)}`,
    );
    expect(transfers.filter((t) => /pagefind|search-ui/.test(t.url)).map((t) => t.url)).toEqual([]);
    expect(figures.script).toBeLessThanOrEqual(BUDGET.script);
    expect(figures.document).toBeLessThanOrEqual(BUDGET.document);
    expect(figures.stylesheet).toBeLessThanOrEqual(BUDGET.stylesheet);
  });
});

describe('pages with a reflection and a self-assessment', () => {
  // The strictest reading: every island on the page scrolled into view and hydrated, still before any click or key.
  it.each([ORIENTATION, CAPSTONE])('%s loads at most 25 KB of JavaScript with every exercise hydrated', async (path) => {
    const page = await site.page();
    const transfers = recordTransfers(page);
    await page.goto(site.url + path);
    await hydrateAll(page);
    const script = total(transfers, 'script');
    console.log(`${path} with every island hydrated: JavaScript ${kilobytes(script)} of 25.0 KB`);
    expect(await page.locator('.exercise .reflection').count()).toBeGreaterThan(0);
    expect(await page.locator('.exercise .self-assessment').count()).toBeGreaterThan(0);
    expect(script).toBeLessThanOrEqual(25 * 1024);
  });
});
