import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { LESSON, WORD_IN_ONE_LESSON } from '../support/fixture-course.ts';

/** The fixture course built with BASE_PATH=/course/ and served under /course/, as on a shared static host. */
test.use({ siteName: 'fixture-under-course' });

test.describe('deployed under /course/', () => {
  test('lists every page under /course/ in the sitemap and robots.txt', async ({ request, site }) => {
    expect(sitemapPaths('fixture-under-course')).toContain(LESSON);
    const robots = await (await request.get(`${site.url}robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: \S+\/course\/sitemap-index\.xml/);
  });

  test('follows every link from the home page to a page that exists, and every asset loads', async ({ page, problems, site }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('');
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const origin = new URL(site.url).origin;
    const internal = [...new Set(links.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0]!))];
    // Every module and lesson of the fixture course is linked from the home page.
    expect(internal.length).toBeGreaterThanOrEqual(10);
    for (const link of internal) {
      expect(new URL(link).pathname.startsWith('/course/'), link).toBe(true);
      await page.goto(link);
    }
    expect(failed).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('searches and links results under /course/', async ({ page }) => {
    await page.goto('foundations/');
    await page.keyboard.press('/');
    await page.locator('#search-input').fill(WORD_IN_ONE_LESSON.word);
    const first = page.locator('.search-results a').first();
    await expect(first).toHaveAttribute('href', `/course/${WORD_IN_ONE_LESSON.path}`);
    await Promise.all([page.waitForURL(`**/course/${WORD_IN_ONE_LESSON.path}`), first.click()]);
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('keeps the theme choice and canonical URL under the base path', async ({ page }) => {
    await page.goto('foundations/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/course\/foundations\/$/);
    await page.locator('.theme-switch select').selectOption('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
