import { expect, test } from '../support/test.ts';
import { tabTo } from '../support/keyboard.ts';
import { untilHydrated } from '../support/islands.ts';
import { CAPSTONE, LESSON, ORIENTATION } from '../support/fixture-course.ts';

test.describe('every exercise by keyboard alone, from the top of the page', () => {
  test('reaches and uses the reflection, the scenario and "Mark as complete" by Tab, before anything was scrolled', async ({
    page,
  }) => {
    await page.goto(LESSON);
    // Nothing has been scrolled: the exercises lower down have not hydrated yet.
    await expect(page.locator('astro-island[ssr]').first()).toBeAttached();

    const box = page.getByRole('textbox', { name: 'Where did your hours go last week?' });
    await tabTo(page, box, 300);
    // Reaching the box brought it into view, which hydrates it; then typing works.
    await expect(box).toBeEditable();
    await page.keyboard.type('Reviews and meetings');
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');

    const firstChoice = page.locator('.scenario input[type="radio"]').first();
    await tabTo(page, firstChoice, 300);
    await untilHydrated(firstChoice);
    await page.keyboard.press('Space');
    // Hydration put the options in this learner's order; the choice under focus is the one chosen.
    await expect(page.locator('.scenario input[type="radio"]:focus')).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Check my choice' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.scenario-feedback')).toBeFocused();

    const complete = page.getByRole('button', { name: 'Mark as complete' });
    await tabTo(page, complete, 300);
    await untilHydrated(complete);
    await page.keyboard.press('Enter');
    await expect(page.locator('.completed-badge')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo: mark as not complete' })).toBeFocused();
  });

  test('reaches the self-assessment and the commitments by Tab', async ({ page }) => {
    await page.goto(ORIENTATION);
    const start = page.getByRole('button', { name: 'Start the self-assessment' }).first();
    await tabTo(page, start, 300);
    await untilHydrated(start);
    await page.keyboard.press('Enter');
    await expect(page.locator('.assessment-form .assessment-step-heading:focus')).toHaveText('Listening');
    await page.goto(CAPSTONE);
    const action = page.getByRole('textbox', { name: 'Action' });
    await tabTo(page, action, 300);
    // Typing before the island has hydrated is kept: the field is the form's own.
    await page.keyboard.type('Hand over the release process');
    await untilHydrated(action);
    await tabTo(page, page.getByRole('button', { name: 'Add' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.commitments [role="status"]')).toHaveText('Added: Hand over the release process, Day 30.');
  });
});
