import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { LESSON } from '../support/fixture-course.ts';

/**
 * Records the theme and background at the moment <body> first exists, before any module script has run: if those
 * are already right, the reader never sees the wrong theme.
 */
async function recordFirstPaintTheme(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      (window as unknown as { __firstTheme: object }).__firstTheme = {
        theme: document.documentElement.dataset['theme'],
        background: getComputedStyle(document.body).backgroundColor,
      };
    };
    new MutationObserver((_, observer) => {
      if (document.body) {
        record();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const firstTheme = (page: Page) => page.evaluate(() => (window as unknown as { __firstTheme: object }).__firstTheme);
const DARK = { theme: 'dark', background: 'rgb(21, 23, 26)' };
const LIGHT = { theme: 'light', background: 'rgb(255, 255, 255)' };

test.describe('colour themes', () => {
  test.describe('on a system set to dark', () => {
    test.use({ colorScheme: 'dark' });

    test('follow the system by default', async ({ page }) => {
      await recordFirstPaintTheme(page);
      await page.goto('foundations/');
      expect(await firstTheme(page)).toEqual(DARK);
      await expect(page.locator('.theme-switch select')).toHaveValue('system');
    });

    test('still paint the system theme when storage is blocked', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await recordFirstPaintTheme(page);
      await page.goto('');
      expect(await firstTheme(page)).toEqual(DARK);
    });
  });

  test.describe('on a system set to light', () => {
    test.use({ colorScheme: 'light' });

    test('remember a choice made by keyboard across reloads, with no flash of the other theme', async ({ page }) => {
      await recordFirstPaintTheme(page);
      await page.goto(LESSON);
      expect(await firstTheme(page)).toEqual(LIGHT);

      await page.locator('.theme-switch select').focus();
      await page.keyboard.press('ArrowDown'); // system -> light
      await page.keyboard.press('ArrowDown'); // light -> dark
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

      await page.reload();
      expect(await firstTheme(page)).toEqual(DARK);
      await expect(page.locator('.theme-switch select')).toHaveValue('dark');

      await page.goto('');
      expect(await firstTheme(page)).toEqual(DARK);
    });
  });
});
