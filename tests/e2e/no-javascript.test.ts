import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { ORIENTATION } from '../support/progress-pages.ts';

const site = useSite();

describe('without JavaScript', () => {
  it('lessons stay readable, each exercise says it needs JavaScript, and no progress is shown', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url + ORIENTATION);
    expect(await page.locator('h1').textContent()).toBe('Start here');
    expect((await page.locator('.lesson-body').innerText()).length).toBeGreaterThan(4000);
    const exercises = await page.locator('.exercise').count();
    expect(exercises).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.exercise .needs-js:visible').count()).toBe(exercises);
    expect(await page.locator('[data-module-progress]:visible').count()).toBe(0);
    expect(await page.getByText(/0 of \d+ completed|0%/).count()).toBe(0);
    expect(await page.locator('.search-button').isVisible()).toBe(false);
    expect(await page.locator('.theme-switch').isVisible()).toBe(false);

    await page.goto(site.url);
    expect(await page.locator('[data-module-progress]:visible').count()).toBe(0);
    await page.goto(`${site.url}progress/`);
    expect(await page.getByText('My progress needs JavaScript').isVisible()).toBe(true);
  });
});
