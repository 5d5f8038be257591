import { test, expect } from '../support/test.ts';
import { tabTo } from '../support/keyboard.ts';
import { LESSON, ORIENTATION } from '../support/fixture-course.ts';

/**
 * Presses Tab until the focused element matches the selector (and starts with the text, if given), as a keyboard
 * user would; fails after `limit` presses.
 */

test.describe('keyboard navigation', () => {
  test('starts with a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto(LESSON);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('moves through the sidebar to another lesson, which the sidebar then marks as current', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.locator('.sidebar a[aria-current="page"]')).toContainText('First lesson');
    const open = await page.locator('.sidebar details.module-group[open] > summary').allTextContents();
    expect(open.map((t) => t.trim().split(/\s+\d/)[0])).toEqual(['Foundations']);

    await tabTo(page, '.sidebar a[href$="/foundations/second-lesson/"]');
    await Promise.all([page.waitForURL('**/foundations/second-lesson/'), page.keyboard.press('Enter')]);
    await expect(page.locator('.sidebar a[aria-current="page"]')).toContainText('Second lesson');
    await expect(page.locator('h1')).toHaveText('Second lesson');
  });

  test('lists only the current module’s lessons, and reaches another module by keyboard', async ({ page }) => {
    await page.goto(LESSON);
    // Other modules are one link each, so the sidebar stays the same size however many lessons the course has.
    await expect(page.locator('.sidebar a[href$="/practice/third-lesson/"]')).toHaveCount(0);
    await tabTo(page, '.sidebar a.module-link[href$="/practice/"]', 60);
    await Promise.all([page.waitForURL('**/practice/'), page.keyboard.press('Enter')]);
    await expect(page.locator('.sidebar a[href$="/practice/third-lesson/"]')).toHaveCount(1);
  });

  test('follows next and previous across a module boundary', async ({ page }) => {
    await page.goto('foundations/second-lesson/');
    await tabTo(page, '.prev-next a[rel="next"]', 200);
    await Promise.all([page.waitForURL('**/practice/third-lesson/'), page.keyboard.press('Enter')]);
    await tabTo(page, '.prev-next a[rel="prev"]', 200);
    await Promise.all([page.waitForURL('**/foundations/second-lesson/'), page.keyboard.press('Enter')]);
  });

  test('has no previous link on the first lesson', async ({ page }) => {
    await page.goto(ORIENTATION);
    await expect(page.locator('.prev-next a[rel="prev"]')).toHaveCount(0);
    await expect(page.locator('.prev-next a[rel="next"]')).toHaveAttribute('href', /\/foundations\/first-lesson\/$/);
  });
});

test.describe('deep links', () => {
  test('scroll to their heading, below the sticky header', async ({ page, context }) => {
    await page.goto(LESSON);
    const target = (await page.locator('.heading-wrapper.level-2 .heading-anchor').nth(2).getAttribute('href'))!;

    // A new tab, so the link is followed as a fresh load, not as a jump within a page already open.
    const deepLinked = await context.newPage();
    await deepLinked.goto(LESSON + target);
    const headerBottom = await deepLinked.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    const headingTop = () => deepLinked.locator(target).evaluate((h) => Math.round(h.getBoundingClientRect().top));
    await expect.poll(headingTop).toBeGreaterThanOrEqual(Math.floor(headerBottom));
    await expect.poll(headingTop).toBeLessThan(headerBottom + 80);
    expect(await deepLinked.evaluate(() => scrollY)).toBeGreaterThan(500);
  });

  test('mark the section in view in the table of contents', async ({ page }) => {
    await page.goto(LESSON);
    const links = page.locator('.toc-aside a');
    const lastHash = (await links.last().getAttribute('href'))!;
    await page.locator(lastHash).scrollIntoViewIfNeeded();
    await page.evaluate((h) => document.querySelector(h)!.scrollIntoView({ block: 'start' }), lastHash);
    await expect(page.locator('.toc-aside a[aria-current="true"]')).toHaveAttribute('href', lastHash);
  });
});
