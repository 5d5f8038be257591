import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { PROJECT_ROOT } from '../support/sites.ts';

const site = useSite();
const glossary = parse(readFileSync(`${PROJECT_ROOT}content/glossary.yaml`, 'utf8')) as { term: string; lesson: string }[];

describe('glossary', () => {
  it('has at least 30 terms, each linking to the lesson that teaches it', async () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    const page = await site.page();
    await page.goto(`${site.url}glossary/`);
    expect(await page.locator('dl.glossary dt').count()).toBe(glossary.length);
    const conway = page.locator('dt#conways-law + dd a');
    await Promise.all([page.waitForURL('**/strategy-and-organisation/designing-teams/'), conway.click()]);
  });

  it('search finds the lesson that teaches each term', async () => {
    const page = await site.page();
    await page.goto(site.url);
    // Written as a string: Vitest would otherwise rewrite the dynamic import for Node before the browser sees it.
    const found = await page.evaluate(`(async (terms) => {
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
    expect(found).toEqual([]);
  });
});

describe('references', () => {
  it('lists every cited work once, each linking back to the lessons that cite it', async () => {
    const page = await site.page();
    await page.goto(`${site.url}references/`);
    const items = page.locator('ol.references > li');
    const count = await items.count();
    expect(count).toBeGreaterThan(30);
    const titles = await page.locator('ol.references cite').allTextContents();
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(titles.length);
    const grove = items.filter({ hasText: 'High Output Management' });
    expect(await grove.count()).toBe(1);
    expect(await grove.locator('.meta a').count()).toBeGreaterThanOrEqual(2);
    await Promise.all([
      page.waitForURL('**/the-shift/from-output-to-leverage/'),
      grove.getByRole('link', { name: 'From output to leverage' }).click(),
    ]);
  });
});
