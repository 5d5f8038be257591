import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { hydrateAll, reflectionBox } from '../support/islands.ts';
import { rateByKeyboard } from '../support/self-assessment.ts';
import { BASELINE, CAPSTONE, ORIENTATION } from '../support/fixture-course.ts';

async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`exercises in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('have no axe violations before and after every exercise is done', async ({ page }) => {
      for (const path of [ORIENTATION, CAPSTONE]) {
        await page.goto(path);
        await hydrateAll(page);
        await expectNoAxeViolations(page, `${path} before any exercise`);
      }
      // Do everything on the orientation page, then check again.
      await page.goto(ORIENTATION);
      await hydrateAll(page);
      await (await reflectionBox(page)).fill('A reflection.');
      await rateByKeyboard(page, BASELINE, [1, 2, 3, 4]);
      const audit = page.locator('#exercise-start-here-week-audit');
      await audit.getByRole('button', { name: 'Start the week audit' }).click();
      await audit.getByLabel('Writing code').fill('20');
      await audit.getByLabel('Coaching').fill('12.5');
      await audit.locator('select').selectOption('lead');
      await audit.getByRole('button', { name: 'Save this week' }).click();
      await expect(audit.locator('.audit-history')).toBeVisible();
      const scenario = page.locator('#exercise-start-here-the-weekend-fix');
      await scenario.locator('input[type="radio"]').first().check();
      await scenario.getByRole('button', { name: 'Check my choice' }).click();
      await expect(scenario.locator('.scenario-feedback')).toBeVisible();
      await page.getByRole('button', { name: 'Mark as complete' }).click();
      await expect(page.locator('.completed-badge')).toBeVisible();
      await expectNoAxeViolations(page, `${ORIENTATION} with every exercise done`);
      await page.goto('progress/');
      await expect(page.locator('.attempt-history').first()).toBeVisible();
      await expect(page.locator('.audit-weeks')).toBeVisible();
      await expectNoAxeViolations(page, 'progress/ with every exercise done');
    });
  });
}
