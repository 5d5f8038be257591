import { test, expect } from '../support/test.ts';
import { hydrateAll } from '../support/islands.ts';
import { ORIENTATION } from '../support/fixture-course.ts';

test.describe('decision scenario', () => {
  test('gives the rationale of every option after a choice, announces it, keeps it, and allows another try', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    const scenario = page.locator('#exercise-start-here-first-choice');
    const radios = scenario.locator('input[type="radio"]');
    await radios.first().focus();
    await page.keyboard.press('ArrowDown'); // choose the second option by keyboard
    await scenario.getByRole('button', { name: 'Check my choice' }).click();
    await expect(scenario.locator('.scenario-feedback')).toBeVisible();
    const options = scenario.locator('.scenario-options > li');
    expect(await options.count()).toBeGreaterThanOrEqual(3);
    for (const option of await options.all()) {
      expect((await option.locator('p').nth(1).textContent())!.length).toBeGreaterThan(40);
    }
    await expect(scenario.locator('[role="status"]')).toHaveText(/^You chose: .+/);
    await expect(scenario.locator('.scenario-feedback')).toBeFocused();

    await page.reload();
    await hydrateAll(page);
    await expect(scenario.locator('.chosen .tag').first()).toHaveText('Your choice');
    await scenario.getByRole('button', { name: 'Try again' }).click();
    await expect(radios.first()).toBeFocused();
    await expect(scenario.locator('.scenario-feedback')).toHaveCount(0);
  });
});
