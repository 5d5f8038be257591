import { describe, expect, it } from 'vitest';
import { sitemapPaths, useSite, watchProblems } from '../support/e2e.ts';

/** The site built with BASE_PATH=/course/ and served under /course/, as on a shared static host. */
const site = useSite('course');

describe('deployed under /course/', () => {
  it('lists every page under /course/ in the sitemap and robots.txt', async () => {
    const paths = sitemapPaths('course');
    expect(paths).toContain('the-shift/from-output-to-leverage/');
    const robots = await (await fetch(`${site.url}robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: \S+\/course\/sitemap-index\.xml/);
  });

  it('follows every link from the home page to a page that exists, and every asset loads', async () => {
    const page = await site.page();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const problems = await watchProblems(page);
    await page.goto(site.url);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(links.filter((h) => h.startsWith(new URL(site.url).origin)).map((h) => h.split('#')[0]!))];
    expect(internal.length).toBeGreaterThan(20);
    for (const link of internal) {
      expect(new URL(link).pathname.startsWith('/course/'), link).toBe(true);
      await page.goto(link);
    }
    expect(failed).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it('searches and links results under /course/', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('postmortem');
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    const target = (await first.getAttribute('href'))!;
    expect(target.startsWith('/course/')).toBe(true);
    await Promise.all([page.waitForURL(`**${target}`), first.click()]);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('keeps the theme choice and canonical URL under the base path', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/course\/the-shift\/$/);
    await page.locator('.theme-switch select').selectOption('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});
