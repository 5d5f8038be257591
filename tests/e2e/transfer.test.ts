import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite, watchProblems } from '../support/e2e.ts';
import { ORIENTATION, hydrateAll, reflectionBox } from '../support/progress-pages.ts';

const site = useSite();
const downloads = mkdtempSync(join(tmpdir(), 'fbe-transfer-'));
const MARKUP = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script> and <b>bold</b>';

describe('keeping a copy', () => {
  it('exports everything and imports it into a fresh browser profile', async () => {
    // Profile one: do a bit of everything.
    const one = await site.page();
    await one.goto(site.url + ORIENTATION);
    await hydrateAll(one);
    await (await reflectionBox(one)).fill(MARKUP);
    await expect.poll(() => one.locator('.reflection [role="status"]').first().textContent()).toBe('Saved');
    const scenario = one.locator('#exercise-start-here-the-weekend-fix');
    await scenario.locator('input[type="radio"]').nth(1).check();
    await scenario.getByRole('button', { name: 'Check my choice' }).click();
    await one.getByRole('button', { name: 'Mark as complete' }).click();
    await one.goto(`${site.url}progress/`);
    const [download] = await Promise.all([
      one.waitForEvent('download'),
      one.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^from-building-to-enabling-progress-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'from-building-to-enabling/progress', version: 2 });
    expect(exported.progress.reflection['start-here-why-now'].text).toBe(MARKUP);

    // Profile two: a new browser context shares nothing with the first.
    const two = await site.page();
    const problems = await watchProblems(two);
    await two.goto(`${site.url}progress/`);
    await two.getByText('You have not written any reflections yet.').waitFor();
    await two.getByLabel('Import a progress file').setInputFiles(file);
    const preview = two.locator('.import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Reflections: 1 added');
    expect(await preview.textContent()).toContain('markup such as HTML tags');
    await two.getByRole('button', { name: 'Replace my progress with this file' }).click();
    await expect.poll(() => two.locator('.keep-a-copy [role="status"]').textContent()).toMatch(/^Imported/);
    expect(await two.getByRole('button', { name: 'Download the backup of your previous progress' }).isVisible()).toBe(true);

    // Markup is shown literally and runs nothing.
    const saved = two.locator('.saved-reflection .learner-text');
    expect(await saved.textContent()).toBe(MARKUP);
    expect(await two.locator('.saved-reflection img, .saved-reflection b, .saved-reflection script').count()).toBe(0);
    expect(await two.locator('.big-figure').textContent()).toMatch(/^1 of 19/);

    await two.goto(site.url + ORIENTATION);
    await hydrateAll(two);
    expect(await (await reflectionBox(two)).inputValue()).toBe(MARKUP);
    expect(await two.locator('#exercise-start-here-the-weekend-fix .chosen').count()).toBe(1);
    expect(await two.getByRole('button', { name: 'Mark as complete' }).getAttribute('aria-pressed')).toBe('true');
    expect(await two.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it.each([
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
  ])('refuses a file that is %s with a clear message, changing nothing', async (_, content, message) => {
    const page = await site.page();
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    await (await reflectionBox(page)).fill('Keep me');
    await expect.poll(() => page.locator('.reflection [role="status"]').first().textContent()).toBe('Saved');
    await page.goto(`${site.url}progress/`);
    const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    const file = join(downloads, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    await page.getByLabel('Import a progress file').setInputFiles(file);
    await expect.poll(() => page.locator('.keep-a-copy [role="status"]').textContent()).toBe(message);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });

  it('deletes all data only after confirmation', async () => {
    const page = await site.page();
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    await (await reflectionBox(page)).fill('Delete me');
    await expect.poll(() => page.locator('.reflection [role="status"]').first().textContent()).toBe('Saved');
    await page.goto(`${site.url}progress/`);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything this course keeps in this browser?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByText('Delete me').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => page.getByText('You have not written any reflections yet.').isVisible()).toBe(true);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('fbe:') && k !== 'fbe:version' && k !== 'fbe:theme'),
      ),
    ).toEqual([]);
  });
});
