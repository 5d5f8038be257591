import { test, expect } from '../support/test.ts';
import { hydrateAll } from '../support/islands.ts';

test.describe('lesson completion', () => {
  test('shows in the sidebar, the course map and the module page from one store, with the state in the accessible name', async ({
    page,
  }) => {
    await page.goto('practice/third-lesson/');
    await hydrateAll(page);
    const toggle = page.getByRole('button', { name: 'Mark as complete' });
    await toggle.click();
    await expect(page.locator('.completed-badge')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Third lesson, completed', exact: true })).toHaveCount(1);
    // The sidebar lists the current module, Practice, with its two lessons.
    await expect(page.locator('.sidebar [data-module-progress]')).toHaveText('1 of 2 completed (50%)');

    await page.goto('');
    await expect(page.getByRole('link', { name: 'Third lesson, completed', exact: true })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Continue: Third lesson' })).toHaveAttribute(
      'href',
      /\/practice\/third-lesson\/$/,
    );
    await expect(page.locator('.course-map [data-module-progress]').nth(2)).toHaveText('1 of 2 completed (50%)');
    await expect(page.locator('[data-course-progress]')).toHaveText('1 of 6 lessons completed (17%)');
    await page.goto('practice/');
    await expect(page.locator('main [data-module-progress]')).toHaveText('1 of 2 completed (50%)');

    await page.goto('progress/');
    await expect(page.locator('.big-figure')).toHaveText(/^1 of 6 lessons/);
    await expect(page.getByRole('link', { name: /Continue where you left off: Third lesson/ })).toHaveCount(1);
  });

  test('says "Completed" once marked, with an undo; focus follows the control and each change is announced', async ({ page }) => {
    await page.goto('practice/third-lesson/');
    await hydrateAll(page);
    const status = page.locator('.lesson-complete [role="status"]');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.locator('.completed-badge')).toHaveText('✓ Completed');
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
    await expect(status).toHaveText('Third lesson marked as complete.');
    const undo = page.getByRole('button', { name: 'Undo: mark as not complete' });
    await expect(undo).toBeFocused();

    await page.reload();
    await hydrateAll(page);
    await expect(page.locator('.completed-badge')).toBeVisible();
    await undo.click();
    await expect(status).toHaveText('Third lesson marked as not complete.');
    await expect(page.locator('.completed-badge')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Third lesson, completed', exact: true })).toHaveCount(0);
  });

  test('a fresh learner is offered the first lesson, with no progress figure', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('link', { name: /^Begin the course: / })).toBeVisible();
    await expect(page.locator('[data-course-progress] progress')).toHaveCount(0);
  });
});
