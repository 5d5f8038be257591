import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { parse } from 'yaml';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { test, expect } from '../support/test.ts';
import { parseCsv } from '../support/csv.ts';
import { pdfPageCount } from '../support/pdf.ts';
import { SITES } from '../support/sites.ts';
import { isLesson, sitemapPaths } from '../support/sitemap.ts';

/** Every template page in the build (`toolkit/<id>/`), found from the output rather than from a list. */
const templates = readdirSync(join(SITES.real.outDir, 'toolkit'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const lessonPages = sitemapPaths('real')
  .filter(isLesson)
  .map((path) => ({ path, html: readFileSync(join(SITES.real.outDir, path, 'index.html'), 'utf8') }));

test.describe('the toolkit', () => {
  test('has at least the thirteen templates the course promises', () => {
    expect(templates.length).toBeGreaterThanOrEqual(13);
  });

  // One test per template, on one page load: the links both ways, the downloads, then the print.
  for (const id of templates) {
    test(`${id}: linked from a lesson and back, downloads that parse, and at most two A4 sheets in print`, async ({ page }) => {
      const linking = lessonPages.filter(({ html }) => html.includes(`href="/toolkit/${id}/"`)).map((l) => l.path);
      expect(linking.length).toBeGreaterThan(0);
      await page.goto(`toolkit/${id}/`);
      for (const lesson of linking) await expect(page.locator(`main a[href="/${lesson}"]`).first()).toBeAttached();

      // The Markdown renders as the page does: its title, a table for each table, a box for each checklist item.
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      const hrefs = await page.locator('.downloads a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs[0]).toBe(`/toolkit/${id}/${id}.md`);
      const markdown = await (await page.request.get(hrefs[0]!)).text();
      const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
      const heading = html
        .match(/<h1>(.*)<\/h1>/)?.[1]
        ?.replaceAll('&amp;', '&')
        .replaceAll('&quot;', '"');
      expect(heading).toBe(title);
      expect(html.match(/<table>/g)?.length ?? 0).toBe(await page.locator('.worksheet table').count());
      expect(html.match(/<input type="checkbox" disabled="" \/>/g)?.length ?? 0).toBe(
        await page.locator('.worksheet .checklist li').count(),
      );

      // Each CSV parses, with the columns of a table on the page and as many cells in every row.
      const onPage = await page
        .locator('.worksheet table')
        .evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll('th')].map((th) => (th.textContent ?? '').trim())));
      for (const href of hrefs.slice(1)) {
        const response = await page.request.get(href);
        expect(response.headers()['content-type']).toContain('text/csv');
        const rows = parseCsv(await response.text());
        const columns = rows[0]!;
        expect(onPage).toContainEqual(columns);
        for (const row of rows) expect(row).toHaveLength(columns.length);
      }

      await page.emulateMedia({ media: 'print' });
      const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
      console.log(`toolkit/${id}/ prints on ${pages} A4 ${pages === 1 ? 'page' : 'pages'}`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }

  test('search finds every template by its title', async ({ page, site }) => {
    const titles = templates.map((id) => {
      const { title } = parse(readFileSync(join(SITES.real.contentDir, 'toolkit', `${id}.yaml`), 'utf8')) as { title: string };
      return { id, title };
    });
    await page.goto('');
    // Written as a string so the test runner's compiler leaves the browser's dynamic import alone.
    const misses = await page.evaluate(`(async (templates) => {
      const pagefind = await import('${site.url}pagefind/pagefind.js');
      await pagefind.init();
      const misses = [];
      for (const { id, title } of templates) {
        const search = await pagefind.search(title);
        const urls = await Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
        if (!urls.some((url) => url.endsWith('/toolkit/' + id + '/'))) misses.push(title + ' (found: ' + urls.join(', ') + ')');
      }
      return misses;
    })(${JSON.stringify(titles)})`);
    expect(misses).toEqual([]);
  });
});
