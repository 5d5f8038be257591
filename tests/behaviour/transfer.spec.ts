import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.ts';
import { watchProblems, NO_PROBLEMS } from '../support/page-problems.ts';
import { hydrateAll, passTheSavePause, reflectionBox } from '../support/islands.ts';
import { ORIENTATION } from '../support/fixture-course.ts';

const MARKUP = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script> and <b>bold</b>';
const SCENARIO = '#exercise-start-here-first-choice';

test.describe('keeping a copy', () => {
  test('exports everything and imports it into a fresh browser profile', async ({ page: one, browser, site }, testInfo) => {
    // Profile one: do a bit of everything.
    await one.clock.install();
    await one.goto(ORIENTATION);
    await hydrateAll(one);
    await (await reflectionBox(one)).fill(MARKUP);
    await passTheSavePause(one);
    await expect(one.locator('.reflection [role="status"]').first()).toHaveText('Saved');
    const scenario = one.locator(SCENARIO);
    await scenario.locator('input[type="radio"]').nth(1).check();
    await scenario.getByRole('button', { name: 'Check my choice' }).click();
    await one.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(one.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
    await one.goto('progress/');
    const [download] = await Promise.all([
      one.waitForEvent('download'),
      one.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^from-building-to-enabling-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'from-building-to-enabling/progress', version: 2 });
    expect(exported.progress.reflection['start-here-why-now'].text).toBe(MARKUP);

    // Profile two: a new browser context shares nothing with the first.
    const profileTwo = await browser.newContext({ baseURL: site.url, viewport: { width: 1280, height: 900 } });
    const two = await profileTwo.newPage();
    const problems = await watchProblems(two);
    await two.goto('progress/');
    await expect(two.getByText('You have not written any reflections yet.')).toBeVisible();
    await two.getByLabel('Import a progress file').setInputFiles(file);
    const preview = two.locator('.import-preview');
    await expect(preview).toContainText('Reflections: 1 added');
    await expect(preview).toContainText('markup such as HTML tags');
    await two.getByRole('button', { name: 'Replace my progress with this file' }).click();
    await expect(two.locator('.keep-a-copy [role="status"]')).toHaveText(/^Imported/);
    await expect(two.getByRole('button', { name: 'Download the backup of your previous progress' })).toBeVisible();

    // Markup is shown literally and runs nothing.
    await expect(two.locator('.saved-reflection .learner-text')).toHaveText(MARKUP);
    await expect(two.locator('.saved-reflection img, .saved-reflection b, .saved-reflection script')).toHaveCount(0);
    await expect(two.locator('.big-figure')).toHaveText(/^1 of 6/);

    await two.goto(ORIENTATION);
    await hydrateAll(two);
    await expect(await reflectionBox(two)).toHaveValue(MARKUP);
    await expect(two.locator(`${SCENARIO} .chosen`)).toHaveCount(1);
    await expect(two.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
    expect(await two.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual(NO_PROBLEMS);
    await profileTwo.close();
  });

  const refusals = [
    ['not JSON', 'just some notes', 'This file is not a progress export: it is not JSON. Nothing was changed.'],
    [
      'a newer version',
      JSON.stringify({ format: 'from-building-to-enabling/progress', version: 9, progress: {} }),
      'This file comes from a newer version of the course (version 9). Reload this page to get the newest version, then import it again. Nothing was changed.',
    ],
    [
      'prototype keys',
      '{"format":"from-building-to-enabling/progress","version":2,"progress":{"__proto__":{"polluted":1}}}',
      'This file contains a property named “__proto__”, which a progress export never has, so it was refused. Nothing was changed.',
    ],
  ] as const;
  for (const [kind, content, message] of refusals) {
    test(`refuses a file that is ${kind} with a clear message, changing nothing`, async ({ page }) => {
      await page.clock.install();
      await page.goto(ORIENTATION);
      await hydrateAll(page);
      await (await reflectionBox(page)).fill('Keep me');
      await passTheSavePause(page);
      await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
      await page.goto('progress/');
      const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
      await page
        .getByLabel('Import a progress file')
        .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(page.locator('.keep-a-copy [role="status"]')).toHaveText(message);
      expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
    });
  }

  test('deletes all data only after confirmation', async ({ page }) => {
    await page.clock.install();
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await (await reflectionBox(page)).fill('Delete me');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
    await page.goto('progress/');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all your progress?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Delete me')).toBeVisible();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('You have not written any reflections yet.')).toBeVisible();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('fbe:') && k !== 'fbe:version' && k !== 'fbe:theme'),
      ),
    ).toEqual([]);
  });
});
