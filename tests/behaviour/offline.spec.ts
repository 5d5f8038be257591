import { test, expect } from '../support/test.ts';
import { passTheSavePause, reflectionBox } from '../support/islands.ts';
import { cachedUrls, untilOfflineReady } from '../support/offline.ts';
import { isLesson, presenterPaths, sitemapPaths } from '../support/sitemap.ts';
import { LESSON, WORD_IN_ONE_LESSON } from '../support/fixture-course.ts';
import type { SiteName } from '../support/sites.ts';

test.use({ serviceWorkers: 'allow' });

for (const siteName of ['fixture', 'fixture-under-course'] as SiteName[]) {
  test.describe(`offline, ${siteName === 'fixture' ? 'at the root' : 'under /course/'}`, () => {
    test.use({ siteName });

    test('after one visit to the home page, every lesson, a page of every kind, My progress and search work offline', async ({
      page,
      context,
      site,
    }) => {
      await page.goto('');
      expect(await untilOfflineReady(page)).toBe(`${site.url}sw.js`);
      await context.setOffline(true);
      // At the root every lesson, and a page of every other kind, including those search engines never see (a
      // presenter screen a workshop runs on, the mentor view); under /course/, where only the addresses differ, a
      // few. That the worker holds every page of the real course is checked from its list (offline-copy.spec.ts).
      const lessons = sitemapPaths(siteName).filter(isLesson);
      const kinds = ['', 'foundations/', 'glossary/', 'references/', 'toolkit/', 'facilitator/', 'facilitator/cohort/'];
      const pages =
        siteName === 'fixture'
          ? [...lessons, ...kinds, presenterPaths(siteName)[0]!, 'shared/']
          : ['', LESSON, 'glossary/', presenterPaths(siteName)[0]!, 'shared/'];
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator('h1').first(), path).not.toHaveText('You are offline');
      }
      await page.goto('progress/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
      await page.keyboard.press('/');
      await page.locator('#search-input').fill(WORD_IN_ONE_LESSON.word);
      await expect(page.locator('.search-results a').first()).toHaveAttribute(
        'href',
        `${new URL(site.url).pathname}${WORD_IN_ONE_LESSON.path}`,
      );
    });

    test('a page the worker does not hold shows the offline page, not the browser error', async ({ page, context }) => {
      await page.goto('');
      await untilOfflineReady(page);
      await context.setOffline(true);
      await page.goto('a-page-of-a-newer-version/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
      await page.getByRole('link', { name: 'Go to the course map' }).click();
      await expect(page.locator('h1')).not.toHaveText('You are offline');
    });

    test('a reflection typed offline is saved, and still there online; the caches never hold it', async ({ page, context }) => {
      await page.clock.install();
      await page.goto('');
      await untilOfflineReady(page);
      await context.setOffline(true);
      await page.goto(LESSON);
      const text = 'Written on a train with no signal';
      await (await reflectionBox(page)).fill(text);
      await passTheSavePause(page);
      await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
      await context.setOffline(false);
      await page.reload();
      await expect(await reflectionBox(page)).toHaveValue(text);

      // The caches hold the site's files only: no address and no response carries the learner's text.
      const held = await page.evaluate(async (written) => {
        let found = 0;
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            if ((await (await cache.match(request))!.text()).includes(written)) found++;
          }
        }
        return found;
      }, text);
      expect(held).toBe(0);
      expect((await cachedUrls(page)).length).toBeGreaterThan(20);

      // Clearing every cache leaves the writing where it is.
      await page.evaluate(async () => {
        for (const name of await caches.keys()) await caches.delete(name);
      });
      expect(await cachedUrls(page)).toEqual([]);
      await page.reload();
      await expect(await reflectionBox(page)).toHaveValue(text);
    });
  });
}
