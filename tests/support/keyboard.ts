import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until `target` (a locator, or a CSS selector) has focus, and fails after `limit` presses: how a keyboard
 * user gets somewhere, one stop at a time.
 */
export async function tabTo(page: Page, target: Locator | string, limit = 60) {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await locator.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
    if (focused) return;
  }
  throw new Error(`Tab never reached ${String(target)} in ${limit} presses`);
}
