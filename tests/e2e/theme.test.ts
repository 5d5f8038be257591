import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e.ts';

const site = useSite();

/**
 * Records the theme and background at the moment <body> first exists, before any module script has run: if those
 * are already right, the reader never sees the wrong theme.
 */
async function recordFirstPaintTheme(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      (window as unknown as { __firstTheme: object }).__firstTheme = {
        theme: document.documentElement.dataset.theme,
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
const DARK_BACKGROUND = 'rgb(21, 23, 26)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

describe('colour themes', () => {
  it('follow the system by default', async () => {
    const page = await site.page({ colorScheme: 'dark' });
    await recordFirstPaintTheme(page);
    await page.goto(`${site.url}the-shift/`);
    expect(await firstTheme(page)).toEqual({ theme: 'dark', background: DARK_BACKGROUND });
    expect(await page.locator('.theme-switch select').inputValue()).toBe('system');
  });

  it('remember a choice made by keyboard across reloads, with no flash of the other theme', async () => {
    const page = await site.page({ colorScheme: 'light' });
    await recordFirstPaintTheme(page);
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    expect(await firstTheme(page)).toEqual({ theme: 'light', background: LIGHT_BACKGROUND });

    await page.locator('.theme-switch select').focus();
    await page.keyboard.press('ArrowDown'); // system -> light
    await page.keyboard.press('ArrowDown'); // light -> dark
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.reload();
    expect(await firstTheme(page)).toEqual({ theme: 'dark', background: DARK_BACKGROUND });
    expect(await page.locator('.theme-switch select').inputValue()).toBe('dark');

    await page.goto(`${site.url}`);
    expect(await firstTheme(page)).toEqual({ theme: 'dark', background: DARK_BACKGROUND });
  });

  it('still paint the system theme when storage is blocked', async () => {
    const page = await site.page({ colorScheme: 'dark' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await recordFirstPaintTheme(page);
    await page.goto(`${site.url}`);
    expect(await firstTheme(page)).toEqual({ theme: 'dark', background: DARK_BACKGROUND });
  });
});
