import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { SITES } from '../support/sites.ts';

const glossary = parse(readFileSync(`${SITES.real.contentDir}/glossary.yaml`, 'utf8')) as { term: string; lesson: string }[];

test.describe('search over the real course', () => {
  test('has a glossary of at least 30 terms to search for', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  test('finds the lesson that teaches each glossary term', async ({ page, site }) => {
    await page.goto('');
    // Written as a string so the test runner's compiler leaves the browser's dynamic import alone.
    const misses = await page.evaluate(`(async (terms) => {
      const pagefind = await import('${site.url}pagefind/pagefind.js');
      await pagefind.init();
      const misses = [];
      for (const { term, lesson } of terms) {
        const search = await pagefind.search(term);
        const urls = await Promise.all(search.results.map(async (r) => (await r.data()).url));
        if (!urls.some((url) => url.endsWith('/' + lesson + '/'))) misses.push(term + ' -> ' + lesson + ' (found: ' + urls.slice(0, 3).join(', ') + ')');
      }
      return misses;
    })(${JSON.stringify(glossary)})`);
    expect(misses).toEqual([]);
  });

  test('finds a glossary term from the search box, under the Content-Security-Policy', async ({ page, problems }) => {
    const { term, lesson } = glossary[0]!;
    await page.goto('');
    await page.keyboard.press('/');
    await page.locator('#search-input').fill(term);
    await expect(page.locator(`.search-results a[href$="/${lesson}/"]`).first()).toBeVisible();
    expect(problems).toEqual(NO_PROBLEMS);
  });
});
