import { test, expect } from '../support/test.ts';
import { ORIENTATION } from '../support/fixture-course.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lessons stay readable, each exercise says it needs JavaScript, and no progress is shown', async ({ page }) => {
    await page.goto(ORIENTATION);
    await expect(page.locator('h1')).toHaveText('Start here');
    expect((await page.locator('.lesson-body').innerText()).length).toBeGreaterThan(4000);
    // A self-assessment, a week audit, a reflection and a scenario (tests/fixture-course/lessons/orientation/01-start-here.mdx).
    await expect(page.locator('.exercise')).toHaveCount(4);
    await expect(page.locator('.exercise .needs-js:visible')).toHaveCount(4);
    await expect(page.locator('[data-module-progress]:visible')).toHaveCount(0);
    await expect(page.getByText(/0 of \d+ completed|0%/)).toHaveCount(0);
    await expect(page.locator('.search-button')).toBeHidden();
    await expect(page.locator('.theme-switch')).toBeHidden();

    await page.goto('');
    await expect(page.locator('[data-module-progress]:visible')).toHaveCount(0);
    await page.goto('progress/');
    await expect(page.getByText('My progress needs JavaScript')).toBeVisible();
  });
});
