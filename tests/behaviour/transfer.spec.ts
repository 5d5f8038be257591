import { readFileSync } from 'node:fs';
import type { ExportFile } from '../../src/progress/index.ts';
import { test, expect } from '../support/test.ts';
import { watchProblems, NO_PROBLEMS } from '../support/page-problems.ts';
import { hydrateAll, passTheSavePause, reflectionBox } from '../support/islands.ts';
import { ORIENTATION } from '../support/fixture-course.ts';

const MARKUP = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script> and <b>bold</b>';
const SCENARIO = '#exercise-start-here-the-weekend-fix';

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
    await expect(one.locator('.completed-badge')).toBeVisible();
    // A self-assessment with a line of evidence on one rating.
    const baseline = one.locator('#exercise-start-here-competency-baseline');
    await baseline.getByRole('button', { name: 'Start the self-assessment' }).click();
    for (const dimension of ['listening', 'planning', 'delegating', 'budgeting']) {
      await baseline.locator(`input[name="start-here-competency-baseline-${dimension}"]`).nth(2).check();
      if (dimension === 'listening') {
        await baseline.getByLabel(/What did you do that shows this/).fill('Ran a listening tour of every team');
      }
      await baseline.getByRole('button', { name: 'Next' }).click();
    }
    await baseline.getByRole('button', { name: 'See my results' }).click();
    await expect(baseline.locator('svg.radar')).toBeVisible();
    await one.goto('progress/');
    const [download] = await Promise.all([
      one.waitForEvent('download'),
      one.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^from-building-to-enabling-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as ExportFile;
    expect(exported).toMatchObject({ format: 'from-building-to-enabling/progress', version: 3 });
    expect(exported.progress.reflection['start-here-why-now']?.text).toBe(MARKUP);
    expect(exported.progress.attempts.skills?.attempts[0]?.evidence).toEqual({ listening: 'Ran a listening tour of every team' });

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
    await expect(two.locator('.attempt-evidence')).toContainText('Listening (level 3): Ran a listening tour of every team');

    await two.goto(ORIENTATION);
    await hydrateAll(two);
    await expect(await reflectionBox(two)).toHaveValue(MARKUP);
    await expect(two.locator(`${SCENARIO} .chosen`)).toHaveCount(1);
    await expect(two.locator('.completed-badge')).toBeVisible();
    expect(await two.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual(NO_PROBLEMS);
    await profileTwo.close();
  });

  const refusals = [
    ['not JSON', 'just some notes', 'This file is not a progress export: it is not JSON. Nothing was changed.'],
    [
      'cut short',
      '{"format":"from-building-to-enabling/progress","version":3,"exportedAt":"2026-11-24T10:00:00.000Z","progress":{"reflec',
      'This file looks damaged or incomplete: it starts like a progress export but breaks off or goes wrong part-way, perhaps because the download or copy was cut short. Export it again from the browser it came from. Nothing was changed.',
    ],
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

  test('names, in the preview, lessons the file has progress for that this course does not have', async ({ page }) => {
    await page.goto('progress/');
    const file = {
      format: 'from-building-to-enabling/progress',
      version: 3,
      exportedAt: '2026-11-24T10:00:00.000Z',
      progress: {
        reflection: { 'an-old-prompt': { text: 'Kept', savedAt: '2026-11-24T10:00:00.000Z', lesson: 'a-removed-lesson' } },
        scenario: {},
        attempts: {},
        draft: {},
        commitments: {},
        lesson: { 'start-here': { completedAt: '2026-11-24T10:00:00.000Z' } },
      },
      unreadable: {},
    };
    await page
      .getByLabel('Import a progress file')
      .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.locator('.import-preview')).toContainText(
      'The file has progress for 1 lesson this version of the course does not have (a-removed-lesson)',
    );
  });

  test('deletes all data only after confirmation', async ({ page }) => {
    await page.clock.install();
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await (await reflectionBox(page)).fill('Delete me');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
    await page.goto('progress/');
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything this course keeps in this browser?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('your colour theme choice');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Delete me')).toBeVisible();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('You have not written any reflections yet.')).toBeVisible();
    await expect(page.getByText('Everything this course kept in this browser has been deleted.')).toBeVisible();
    // Everything is gone, the theme choice included; only the format version stays, so nothing migrates again.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['fbe:version']);
  });
});
