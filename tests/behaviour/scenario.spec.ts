import { test, expect } from '../support/test.ts';
import type { Page } from '@playwright/test';
import { hydrateAll, seedStorage } from '../support/islands.ts';
import { LESSON, ORIENTATION } from '../support/fixture-course.ts';

test.describe('decision scenario', () => {
  test('gives the rationale of every option after a choice, announces it, keeps it, and allows another try', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    const scenario = page.locator('#exercise-start-here-the-weekend-fix');
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

test.describe('the order of a scenario’s options', () => {
  const labelsIn = async (page: Page) => {
    await page.goto(LESSON);
    await hydrateAll(page);
    return page.locator('.scenario-form label').allTextContents();
  };

  test('is shuffled per learner: two fresh profiles see different orders, each stable across reloads', async ({ browser }) => {
    const orders = new Set<string>();
    for (let profile = 0; profile < 6 && orders.size < 2; profile++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const order = (await labelsIn(page)).join(' | ');
      await page.reload();
      await hydrateAll(page);
      expect((await page.locator('.scenario-form label').allTextContents()).join(' | ')).toBe(order);
      orders.add(order);
      await context.close();
    }
    // Six profiles all drawing one order of three options would happen about once in 7,800 runs by chance.
    expect(orders.size).toBeGreaterThan(1);
  });

  test('an answer stored by position before option ids shows as the same option after the migration', async ({ page }) => {
    await page.goto(ORIENTATION);
    await seedStorage(page, {
      'fbe:version': '2',
      'fbe:scenario:start-here-the-weekend-fix': '{"choice":1,"answeredAt":"2026-11-24T10:00:00.000Z","lesson":"start-here"}',
    });
    await page.reload();
    await hydrateAll(page);
    const scenario = page.locator('#exercise-start-here-the-weekend-fix');
    // Position 1 was "Help the person who owns the work" then; it is the same option, by id, now.
    await expect(scenario.locator('.chosen strong')).toHaveText(
      'Help the person who owns the work, and agree when you will check in.',
    );
    expect(await page.evaluate(() => localStorage.getItem('fbe:scenario:start-here-the-weekend-fix'))).toContain(
      '"option":"pair-on-the-riskiest-parts"',
    );
  });

  test('with two defensible options, the feedback says when each is the better move and what tips the choice', async ({
    page,
  }) => {
    await page.goto('practice/fourth-lesson/');
    await hydrateAll(page);
    const scenario = page.locator('#exercise-fourth-lesson-budget-cut');
    await scenario.getByLabel('Cut every budget line by the same share.').check();
    await scenario.getByRole('button', { name: 'Check my choice' }).click();
    await expect(scenario.locator('.recommended')).toHaveCount(2);
    await expect(scenario.getByText('Best if the cut is for one quarter only.')).toBeVisible();
    await expect(scenario.getByText('Whether finance expects the cut to last one quarter or the whole year.')).toBeVisible();
    await expect(scenario.locator('[role="status"]')).toContainText('The course recommends one of two moves');
  });
});
