import { test, expect } from '../support/test.ts';
import { hydrateAll } from '../support/islands.ts';
import { CAPSTONE } from '../support/fixture-course.ts';

test.describe('commitments', () => {
  test('are added with a target, edited, ticked off and removed', async ({ page }) => {
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    const plan = page.locator('#exercise-capstone-plan');
    await plan.getByLabel('Action').fill('Hold a skip-level with every team');
    await plan.getByLabel('Target').selectOption('Day 60');
    await plan.getByRole('button', { name: 'Add' }).click();
    await plan.getByLabel('Action').fill('Write the <i>team charter</i>');
    await plan.getByRole('button', { name: 'Add' }).click();
    await expect(plan.locator('section', { hasText: 'By day 60' }).locator('li')).toContainText(
      'Hold a skip-level with every team',
    );
    await expect(plan.locator('section', { hasText: 'By day 30' }).locator('li')).toContainText('Write the <i>team charter</i>');

    await plan.getByRole('button', { name: 'Edit: Hold a skip-level with every team' }).click();
    await plan.locator('.commitment-edit input').fill('Hold a skip-level with every team lead');
    await page.keyboard.press('Enter');
    await plan.getByRole('checkbox', { name: 'Hold a skip-level with every team lead' }).check();
    await expect(plan.locator('[role="status"]').first()).toHaveText('Hold a skip-level with every team lead: done.');
    await plan.getByRole('button', { name: 'Remove: Write the <i>team charter</i>' }).click();
    await expect(plan.locator('.commitment-list li')).toHaveCount(1);

    await page.reload();
    await hydrateAll(page);
    await expect(plan.locator('.commitment-list li')).toHaveCount(1);
    await expect(plan.getByRole('checkbox', { name: 'Hold a skip-level with every team lead' })).toBeChecked();
    await page.goto('progress/');
    await expect(page.locator('.commitment-summary li')).toHaveText('Hold a skip-level with every team lead (Day 60) Done');
  });
});
