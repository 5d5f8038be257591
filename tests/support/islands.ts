import { expect, type Locator, type Page } from '@playwright/test';

/** The first reflection box on a page, once its island has hydrated (it is read-only until then). */
export async function reflectionBox(page: Page) {
  const box = page.locator('.reflection textarea').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box).toBeEditable();
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
}

/**
 * Reflections save once typing pauses (for half a second). Tests that wait for a save run the page on Playwright's
 * clock (`page.clock.install()` before the page loads) and move it past the pause, so no test waits on real time.
 */
export const passTheSavePause = (page: Page) => page.clock.runFor(1_000);

/** Writes localStorage entries from a page of the site (same origin). */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** Fills this origin's storage to its quota: big chunks until one is refused, then ever smaller ones into what is left. */
export async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        for (let size = chunk.length / 2; size >= 1; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler-end-${size}`, 'x'.repeat(size));
          } catch {
            // try smaller
          }
        }
        return;
      }
    }
  });
}

/** Waits until every island in view has hydrated (those further down wait to be scrolled to), so the page is settled. */
export async function hydrateIslandsInView(page: Page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        // Islands are display: contents, so measure their content.
        const box = (island.firstElementChild ?? island).getBoundingClientRect();
        return box.bottom <= 0 || box.top >= innerHeight;
      }),
    undefined,
    { polling: 100, timeout: 15_000 },
  );
}

/**
 * Waits until the island holding `control` has hydrated. Controls are focusable before that, and reaching one by Tab
 * is what hydrates it; a key that acts (Enter on a button, Space on a choice) needs the island's code to be there.
 */
export async function untilHydrated(control: Locator) {
  await expect(control.page().locator('astro-island', { has: control }).last()).not.toHaveAttribute('ssr');
}
