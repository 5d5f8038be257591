import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { fillStorage, passTheSavePause, reflectionBox } from '../support/islands.ts';
import { untilOfflineReady } from '../support/offline.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { NEXT_TITLE, SITES } from '../support/sites.ts';
import { LESSON } from '../support/fixture-course.ts';
import { SCHEMA_VERSION } from '../../src/progress/records.ts';
import { VERSION_KEY } from '../../src/progress/keys.ts';

test.use({ serviceWorkers: 'allow' });

const REFLECTION_KEY = 'fbe:reflection:first-lesson-week-audit';
const NOTICE = '[data-update-text]';
const READY = 'A new version of the course is available.';

/**
 * One address whose content the test replaces: the fixture course first, then its next version, built separately
 * with a new title, as a deploy would.
 */
let deployed: string;
let server: StaticSite;
test.beforeEach(async () => {
  deployed = SITES.fixture.outDir;
  server = await serveStatic(() => deployed);
});
test.afterEach(() => server.close());

/** Opens a lesson of the first version in a tab the service worker already serves. */
async function openServedLesson(page: Page) {
  await page.goto(server.url);
  await untilOfflineReady(page);
  await page.goto(server.url + LESSON);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Deploys the next version, and the tab checks for it as it does when the learner comes back to it, or (`navigate`)
 * as the browser does when the learner opens another page.
 */
async function deployNextVersion(page: Page, { navigate = false } = {}) {
  deployed = SITES['fixture-next'].outDir;
  if (navigate) await page.goto(server.url + 'glossary/');
  else await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

test.describe('a new version of the course', () => {
  test('is offered politely in an open tab, never loaded by itself, and loaded on Reload', async ({ page, problems }) => {
    await openServedLesson(page);
    await deployNextVersion(page);
    await expect(page.locator(NOTICE)).toHaveText(READY);
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    // The tab still shows the version it opened: nothing reloaded by itself.
    await expect(page.locator('h1')).toHaveText('First lesson');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('h1')).toContainText(NEXT_TITLE);
    await expect(page.locator(NOTICE)).toHaveText('');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('is found on the next page opened, and can be put off: "Not now" hides the notice and the tab carries on', async ({
    page,
  }) => {
    await openServedLesson(page);
    await deployNextVersion(page, { navigate: true });
    await expect(page.locator(NOTICE)).toHaveText(READY);
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.locator(NOTICE)).toHaveText('');
    await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden();
    // Until the learner accepts, every page opened is still the version the tab runs.
    await page.goto(server.url + LESSON);
    await expect(page.locator('h1')).toHaveText('First lesson');
  });

  test('waits for typing not yet saved: Reload saves it first, and it is there in the new version', async ({ page }) => {
    await page.clock.install();
    await openServedLesson(page);
    const box = await reflectionBox(page);
    // The page's clock stands still from here, so the autosave pause never ends by itself: the typing stays unsaved.
    await page.clock.pauseAt(Date.now() + 60_000);
    await box.fill('Typed a moment before the update');
    expect(await page.evaluate((key) => localStorage.getItem(key), REFLECTION_KEY)).toBeNull();
    await deployNextVersion(page);
    // The click saves the typing at once; then time runs again, for the new version's page to come to life.
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.clock.resume();
    await expect(page.locator('h1')).toContainText(NEXT_TITLE);
    await expect(await reflectionBox(page)).toHaveValue('Typed a moment before the update');
  });

  test('does not reload while writing cannot be saved, and says why', async ({ page }) => {
    await page.clock.install();
    await openServedLesson(page);
    await fillStorage(page);
    const box = await reflectionBox(page);
    await box.fill('Written while the storage is full');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText(/^Not saved/);
    await deployNextVersion(page);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator(NOTICE)).toHaveText(/some of your latest writing is not saved yet/);
    await expect(page.locator('h1')).not.toContainText(NEXT_TITLE);
    await expect(box).toHaveValue('Written while the storage is full');
  });
});

test.describe('two tabs on two versions', () => {
  test('the older tab stops writing once the newer one has moved the data on, says so, and keeps the typing', async ({
    context,
  }) => {
    await context.clock.install();
    const older = await context.newPage();
    const newer = await context.newPage();
    await older.goto(server.url + LESSON);
    await newer.goto(server.url + 'glossary/');
    const box = await reflectionBox(older);
    await box.fill('Saved before the newer version arrived');
    await passTheSavePause(older);
    await expect(older.locator('.reflection [role="status"]').first()).toHaveText('Saved');

    // The newer version migrates the stored data: its format version goes up.
    await newer.evaluate(({ key, version }) => localStorage.setItem(key, version), {
      key: VERSION_KEY,
      version: String(SCHEMA_VERSION + 1),
    });
    await expect(older.locator('[data-banner-text]')).toHaveText(/newer version of the course/);

    await box.fill('Typed in the older tab afterwards');
    await passTheSavePause(older);
    await expect(older.locator('.reflection [role="status"]').first()).toHaveText(/^Not saved: a newer version/);
    await expect(box).toHaveValue('Typed in the older tab afterwards');
    const stored = await newer.evaluate((key) => localStorage.getItem(key), REFLECTION_KEY);
    expect(stored).toContain('Saved before the newer version arrived');
  });
});
