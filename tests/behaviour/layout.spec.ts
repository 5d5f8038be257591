import { test, expect } from '../support/test.ts';
import { hydrateAll } from '../support/islands.ts';
import { CAPSTONE, LESSON } from '../support/fixture-course.ts';

/** One page of each kind. */
const PAGES = ['', 'foundations/', LESSON, CAPSTONE, 'progress/', 'glossary/', 'references/', '404.html'];

// 320 px is a phone, and also a 1280 px window at 400% zoom; 640 px is that window at 200% zoom.
for (const width of [320, 640]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 600 } });

    for (const path of PAGES) {
      test(`${path || 'home page'} has no sideways scrolling`, async ({ page }) => {
        await page.goto(path);
        await hydrateAll(page); // exercises and My progress render their interactive parts
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
      });
    }
  });
}

test.describe('course contents', () => {
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 700 } });

    test('fold into a disclosure', async ({ page }) => {
      await page.goto(LESSON);
      const current = page.locator('.sidebar a[aria-current="page"]');
      await expect(current).toBeHidden();
      await page.locator('.sidebar > summary').click();
      await expect(current).toBeVisible();
    });
  });

  test('show beside the lesson on a desktop', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.locator('.sidebar > summary')).toBeHidden();
    await expect(page.locator('.sidebar a[aria-current="page"]')).toBeVisible();
  });
});

test.describe('motion', () => {
  test.describe('when the reader has asked for reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the page scrolls without animation', async ({ page }) => {
      await page.goto('');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    });
  });

  test.describe('when the reader has not asked for reduced motion', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('the page scrolls smoothly', async ({ page }) => {
      await page.goto('');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    });
  });
});
