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
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('link', { name: 'Third lesson, completed', exact: true })).toHaveCount(1);
    // The sidebar lists the current module, Practice, with its two lessons.
    await expect(page.locator('.sidebar [data-module-progress]')).toHaveText('1 of 2 completed (50%)');

    await page.goto('');
    await expect(page.getByRole('link', { name: 'Third lesson, completed', exact: true })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Continue where you left off: Third lesson' })).toHaveAttribute(
      'href',
      /\/practice\/third-lesson\/$/,
    );
    await expect(page.locator('.course-map [data-module-progress]').nth(2)).toHaveText('1 of 2 completed (50%)');
    await page.goto('practice/');
    await expect(page.locator('main [data-module-progress]')).toHaveText('1 of 2 completed (50%)');

    await page.goto('progress/');
    await expect(page.locator('.big-figure')).toHaveText(/^1 of 6 lessons/);
    await expect(page.getByRole('link', { name: /Continue where you left off: Third lesson/ })).toHaveCount(1);
  });
});
