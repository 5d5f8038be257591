import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { LESSON } from '../support/fixture-course.ts';
import { parseTokens } from '../../src/lib/design-tokens.ts';

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
/** The page background of each theme, as tokens.css declares it: `--bg: light-dark(#light, #dark)`. */
const [lightBg, darkBg] = /light-dark\((#\w{6}),\s*(#\w{6})\)/
  .exec(parseTokens(readFileSync('src/styles/tokens.css', 'utf8')).find((t) => t.name === '--bg')!.value)!
  .slice(1)
  .map((hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`);
const DARK = { theme: 'dark', background: darkBg };
const LIGHT = { theme: 'light', background: lightBg };

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
