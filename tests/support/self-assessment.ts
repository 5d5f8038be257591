import { expect, type Page } from '@playwright/test';

/**
 * Rates every dimension of a self-assessment with the keyboard alone: Tab into each radio group, arrows to choose,
 * and Tab past each dimension's optional evidence line.
 */
export async function rateByKeyboard(page: Page, exercise: string, levels: number[]) {
  const start = page.locator(`${exercise} button`, { hasText: /Start the self-assessment|Take it again/ });
  await start.focus();
  await page.keyboard.press('Enter');
  // Starting moves focus to the first description of the first dimension.
  await expect(page.locator(`${exercise} input[type="radio"]:focus`)).toHaveCount(1);
  for (const [index, level] of levels.entries()) {
    if (index > 0) {
      await page.keyboard.press('Tab'); // past the previous dimension's evidence line
      await page.keyboard.press('Tab'); // into the next group, on its first radio
    }
    await page.keyboard.press('Space'); // level 1
    for (let i = 1; i < level; i++) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('See my results');
  await page.keyboard.press('Enter');
  await expect(page.locator(`${exercise} svg.radar`)).toBeVisible();
}
