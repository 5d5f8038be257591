import { expect, type Page } from '@playwright/test';
import { tabTo } from './keyboard.ts';

/**
 * Takes a self-assessment with the keyboard alone, one dimension at a time: Tab from the step's heading into its
 * choices, Space and arrows to choose, Tab on to Next and Enter; then, on the review, Tab to See my results.
 */
export async function rateByKeyboard(page: Page, exercise: string, levels: number[]) {
  const start = page.locator(`${exercise} button`, { hasText: /Start the self-assessment|Take it again/ });
  await start.focus();
  await page.keyboard.press('Enter');
  const heading = page.locator(`${exercise} .assessment-step-heading`);
  for (const level of levels) {
    // Each step begins with focus on its heading, the dimension's name.
    await expect(heading).toBeFocused();
    // The descriptions arrive with the first step; Tab would go past them while they load.
    await expect(page.locator(`${exercise} input[type="radio"]`)).toHaveCount(5);
    await page.keyboard.press('Tab');
    await expect(page.locator(`${exercise} input[type="radio"]:focus`)).toHaveCount(1);
    await page.keyboard.press('Space'); // level 1
    for (let i = 1; i < level; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, page.locator(`${exercise} button`, { hasText: 'Next' }), 4);
    await page.keyboard.press('Enter');
  }
  await expect(heading).toHaveText('Check your choices');
  await expect(heading).toBeFocused();
  await tabTo(page, page.locator(`${exercise} button`, { hasText: 'See my results' }), levels.length + 3);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${exercise} svg.radar`)).toBeVisible();
}
