import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ExportFile } from '../../src/progress/index.ts';
import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { axeViolations } from '../support/axe.ts';
import { hydrateAll, seedStorage } from '../support/islands.ts';
import { CAPSTONE, ORIENTATION } from '../support/fixture-course.ts';

/** The week audits of the fixture course (tests/fixture-course/week-split.yaml gives their categories and roles). */
const AUDIT = '#exercise-start-here-week-audit';
const CAPSTONE_AUDIT = '#exercise-capstone-week-audit';
const MONDAY = new Date('2026-03-02T09:30:00');

/**
 * Types a week's hours by keyboard alone: start the audit (unless one is saved, when the form shows at once), type and
 * Tab through the boxes, then choose the role with the arrow keys.
 */
async function enterWeek(page: Page, exercise: string, hours: string[], roleSteps: number, start = true) {
  const first = page.locator(`${exercise} input[type="number"]`).first();
  if (start) {
    await page.locator(`${exercise} button`, { hasText: 'Start the week audit' }).focus();
    await page.keyboard.press('Enter');
    // Starting moves focus to the first hours box.
    await expect(first).toBeFocused();
  } else {
    await first.focus();
  }
  for (const [index, value] of hours.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Tab');
  await expect(page.locator(`${exercise} select`)).toBeFocused();
  for (let i = 0; i < roleSteps; i++) await page.keyboard.press('ArrowDown');
}

async function saveByKeyboard(page: Page, exercise: string) {
  await page.keyboard.press('Tab');
  await expect(page.locator(`${exercise} button`, { hasText: 'Save this week' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test.describe('week audit', () => {
  test('by keyboard: hours in, shares and the typical range out, saved, kept across a reload', async ({ page, problems }) => {
    await page.clock.setFixedTime(MONDAY);
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    const audit = page.locator(AUDIT);
    // Writing code 24, incidents 6 (building 30); coaching 8, planning 2 (enabling 10); role: Team lead.
    await enterWeek(page, AUDIT, ['24', '6', '8', '2'], 1);
    await expect(audit.getByRole('group', { name: /^Building/ }).getByRole('spinbutton')).toHaveCount(2);
    await expect(audit.getByRole('group', { name: /^Enabling/ }).getByRole('spinbutton')).toHaveCount(2);
    const result = audit.locator('.audit-result');
    await expect(result).toContainText('40 hours counted: 75% building (30 hours) and 25% enabling (10 hours).');
    await expect(result).toContainText(
      "Typical for Team lead: 20 to 40% enabling. That range is the course's rule of thumb, not a score. This week is inside the typical range.",
    );
    await expect(result).not.toContainText(/good|bad/i);

    await saveByKeyboard(page, AUDIT);
    await expect(audit.getByRole('status')).toHaveText(
      'Saved this week: 40 hours, 75% building and 25% enabling, inside the typical range for Team lead (20 to 40% enabling).',
    );
    await expect(audit.locator('.audit-history tbody tr')).toHaveCount(1);

    await page.reload();
    await hydrateAll(page);
    // The draft survives: the same hours and role, ready to edit for next week.
    await expect(audit.getByLabel('Writing code')).toHaveValue('24');
    await expect(audit.getByLabel('Planning')).toHaveValue('2');
    await expect(audit.locator('select')).toHaveValue('lead');
    await expect(audit.locator('.audit-history tbody tr')).toHaveText([/Team lead25% of 40 hours20 to 40%, inside/]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('says plainly what is missing or wrong, and saves nothing until it is put right', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    const audit = page.locator(AUDIT);
    // Nothing is saved and nothing fetched until the learner starts.
    await expect(audit.getByRole('spinbutton')).toHaveCount(0);
    await audit.getByRole('button', { name: 'Start the week audit' }).click();
    await expect(audit.getByLabel('Writing code')).toBeFocused();
    await audit.getByRole('button', { name: 'Save this week' }).click();
    await expect(audit.getByRole('status')).toHaveText('Not saved: enter your hours for last week first.');
    await expect(audit.getByLabel('Writing code')).toBeFocused();

    await audit.getByLabel('Coaching').fill('90');
    await expect(audit.getByLabel('Coaching')).toHaveAttribute('aria-invalid', 'true');
    await audit.getByRole('button', { name: 'Save this week' }).click();
    await expect(audit.getByRole('status')).toHaveText(
      'Not saved: the hours for Coaching must be a number from 0 to 80, in half hours.',
    );
    await expect(audit.getByLabel('Coaching')).toBeFocused();

    await audit.getByLabel('Coaching').fill('30');
    await audit.getByRole('button', { name: 'Save this week' }).click();
    await expect(audit.getByRole('status')).toHaveText('Not saved: choose the role closest to the scope you hold first.');
    await expect(audit.locator('select')).toBeFocused();
    await expect(audit.locator('.audit-result')).toContainText('100% enabling');
    await expect(audit.locator('.audit-history')).toHaveCount(0);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('fbe:audit:week-split')))!)).toEqual({
      entries: [],
      draft: { hours: { coaching: 30 } },
    });
  });

  test('the capstone sets the first saved week beside the latest; My progress lists every week', async ({ page }) => {
    await page.clock.setFixedTime(MONDAY);
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await enterWeek(page, AUDIT, ['30', '10', '0', '0'], 1);
    await saveByKeyboard(page, AUDIT);
    await expect(page.locator(`${AUDIT} [role="status"]`)).toContainText('below the typical range for Team lead');

    await page.clock.setFixedTime(new Date('2026-06-01T09:30:00'));
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    const capstone = page.locator(CAPSTONE_AUDIT);
    // The week in progress carries over from the orientation's audit.
    await expect(capstone.getByLabel('Writing code')).toHaveValue('30');
    await enterWeek(page, CAPSTONE_AUDIT, ['1', '0', '10', '9'], 2, false);
    await expect(capstone.locator('.audit-result')).toContainText('This week is above the typical range.');
    await saveByKeyboard(page, CAPSTONE_AUDIT);
    await expect(capstone.getByRole('status')).toContainText('95% enabling, above the typical range for Head of engineering');
    const first = await page.evaluate(
      (d) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d)),
      MONDAY.toISOString(),
    );
    await expect(capstone.locator('.audit-history > p')).toContainText(`Your first saved week (${first}) was 0% enabling`);
    await expect(capstone.locator('.audit-history > p')).toContainText('was 95%');

    await page.goto('progress/');
    const weeks = page.locator('.audit-weeks li');
    await expect(weeks).toHaveText([
      /0% enabling of 40 hours\. Team lead, typical 20 to 40%: below the range\./,
      /95% enabling of 20 hours\. Head of engineering, typical 70 to 90%: above the range\./,
    ]);
    await expect(weeks.locator('svg.share-bar')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('saved weeks survive export and import into a fresh browser profile', async ({ page, browser, site }, testInfo) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await enterWeek(page, AUDIT, ['5', '5', '20', '10'], 2);
    await saveByKeyboard(page, AUDIT);
    await expect(page.locator(`${AUDIT} [role="status"]`)).toContainText('Saved this week');

    await page.goto('progress/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as ExportFile;
    expect(exported.version).toBe(3);
    expect(exported.progress.audit['week-split']?.entries).toMatchObject([
      { role: 'head', hours: { coding: 5, incidents: 5, coaching: 20, planning: 10 }, exercise: 'start-here-week-audit' },
    ]);

    const profileTwo = await browser.newContext({ baseURL: site.url, viewport: { width: 1280, height: 900 } });
    const two = await profileTwo.newPage();
    await two.goto('progress/');
    await expect(two.getByText('No week audited yet.')).toBeVisible();
    await two.getByLabel('Import a progress file').setInputFiles(file);
    await expect(two.locator('.import-preview')).toContainText('Week audits: 1 added');
    await two.getByRole('button', { name: 'Replace my progress with this file' }).click();
    await expect(two.locator('.audit-weeks li')).toHaveText([/75% enabling of 40 hours\. Head of engineering/]);
    await two.goto(ORIENTATION);
    await hydrateAll(two);
    await expect(two.locator(`${AUDIT} .audit-history tbody tr`)).toHaveText([
      /Head of engineering75% of 40 hours70 to 90%, inside/,
    ]);
    await expect(two.locator(`${AUDIT}`).getByLabel('Coaching')).toHaveValue('20');
    await profileTwo.close();
  });

  test('earlier self-ratings of the retired instrument stay readable on My progress, as a table with no chart', async ({
    page,
  }) => {
    await page.goto('progress/');
    await seedStorage(page, {
      'fbe:attempts:week-split': JSON.stringify({
        attempts: [
          {
            completedAt: '2026-01-05T10:00:00.000Z',
            exercise: 'start-here-week-split',
            ratings: { hours: 2, problems: 3, success: 1 },
          },
          {
            completedAt: '2026-04-06T10:00:00.000Z',
            exercise: 'capstone-week-split-retake',
            ratings: { hours: 4, problems: 3, success: 2 },
          },
        ],
      }),
    });
    await page.reload();
    const earlier = page.getByRole('region', { name: 'Fixture week split (earlier self-ratings)' });
    await expect(earlier.locator('thead th')).toHaveText([
      'Date',
      'Where the hours go',
      'How problems get solved',
      'How success is measured',
    ]);
    await expect(earlier.locator('tbody tr')).toHaveText([/2\s*3\s*1$/, /4\s*3\s*2$/]);
    await expect(earlier.locator('svg')).toHaveCount(0);
    await expect(page.locator('.attempt-history')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('on a 320 px screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('fits without sideways scrolling, with saved weeks listed', async ({ page }) => {
      await page.goto(ORIENTATION);
      await hydrateAll(page);
      await enterWeek(page, AUDIT, ['12.5', '0', '20', '7.5'], 1);
      await saveByKeyboard(page, AUDIT);
      await expect(page.locator(`${AUDIT} .audit-history tbody tr`)).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  });
});
