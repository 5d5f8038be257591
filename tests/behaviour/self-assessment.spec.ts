import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { hydrateAll } from '../support/islands.ts';
import { rateByKeyboard } from '../support/self-assessment.ts';
import { BASELINE, CAPSTONE, ORIENTATION } from '../support/fixture-course.ts';

const RETAKE = '#exercise-capstone-competency-retake';

test.describe('self-assessment', () => {
  test('can be done by keyboard alone and shows a chart, a table, strongest and weakest, and lessons to read', async ({
    page,
    problems,
  }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 3, 1, 4]);
    await expect(page.locator(`${BASELINE} tbody tr`)).toHaveText(['Listening2', 'Planning3', 'Delegating1', 'Budgeting4']);
    const summary = page.locator(`${BASELINE} .assessment-results`);
    await expect(summary).toContainText('Strongest: Budgeting.');
    await expect(summary).toContainText('Weakest: Delegating.');
    // Delegating is built by the second lesson (tests/fixture-course/assessments/skills.yaml).
    await expect(summary.locator('ul a[href="/foundations/second-lesson/"]')).toHaveCount(1);
    await expect(page.locator('h4:focus')).toHaveCount(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('keeps every attempt, and a retake shows the earlier one overlaid with the change per dimension', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [1, 1, 1, 2]);
    await page.reload();
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 1, 3, 2]);
    await expect(page.locator(`${BASELINE} polygon.radar-previous`)).toHaveCount(1);
    await expect(page.locator(`${BASELINE} thead th`)).toHaveText(['Dimension', 'Before', 'This attempt', 'Change']);
    await expect(page.locator(`${BASELINE} tbody tr`)).toHaveText([
      'Listening12+1',
      'Planning11no change',
      'Delegating13+2',
      'Budgeting22no change',
    ]);

    // The capstone compares its retake with the first attempt, the baseline.
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    await rateByKeyboard(page, RETAKE, [4, 4, 4, 4]);
    await expect(page.locator(`${RETAKE} tbody tr`).first()).toHaveText('Listening14+3');
    await expect(page.locator(`${RETAKE} .chart-key`)).toContainText('your first attempt');

    await page.goto('progress/');
    const history = page.locator('.attempt-history').first();
    await expect(history.locator('.all-attempts thead th')).toHaveCount(4);
    await expect(history.locator('.change-table tbody tr').first()).toHaveText('Listening14+3');
  });

  test('keeps choices made so far when the page is reloaded part way', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await page.locator(`${BASELINE} button`, { hasText: 'Start the self-assessment' }).click();
    await page.locator(`${BASELINE} fieldset`).nth(1).locator('input').nth(3).check();
    await page.reload();
    await hydrateAll(page);
    await expect(page.locator(`${BASELINE} fieldset`).nth(1).locator('input').nth(3)).toBeChecked();
    await page.getByRole('button', { name: 'See my results' }).first().click();
    await expect(page.locator(`${BASELINE} [role="status"]`)).toHaveText(/3 still to do, starting with Listening/);
  });
});
