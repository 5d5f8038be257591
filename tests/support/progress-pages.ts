import type { Page } from 'playwright-core';

export const ORIENTATION = 'orientation/start-here/';
export const CAPSTONE = 'process-culture-road-ahead/capstone/';

/** The first reflection box on a page, once its island has hydrated. */
export async function reflectionBox(page: Page) {
  const box = page.locator('.reflection textarea').first();
  await box.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const area = document.querySelector<HTMLTextAreaElement>('.reflection textarea');
    return area !== null && !area.readOnly;
  });
  return box;
}

/** Brings each island that has not hydrated yet into view until all have (they hydrate when visible). */
export async function hydrateAll(page: Page) {
  await page.waitForFunction(
    () => {
      // Islands are display: contents, so scroll their content into view.
      const pending = document.querySelector('astro-island[ssr]');
      (pending?.firstElementChild ?? pending)?.scrollIntoView({ block: 'center' });
      return pending === null;
    },
    undefined,
    { polling: 100, timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
}

/** Writes localStorage entries from a page of the site (same origin). */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}
