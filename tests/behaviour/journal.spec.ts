import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { seedStorage } from '../support/islands.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';

/** "Now" for these tests, and the learner's time zone. */
const NOW = new Date('2026-11-25T10:00:00.000Z');
test.use({ timezoneId: 'UTC' });

/** A reflection with markup, Markdown at line starts, emoji, right-to-left text and Windows line endings. */
const REFLECTION = [
  '# heading',
  '[link](javascript:alert(1))',
  '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">',
  'Emoji 🙂 and الفريق يتعلم and הצוות לומד',
].join('\r\n');

/** Storage records (src/progress/records.ts) of a learner who has written in every kind of exercise. */
const SAVED: Record<string, string> = {
  'fbe:version': '3',
  'fbe:reflection:start-here-why-now': JSON.stringify({ text: REFLECTION, savedAt: '2026-11-24T10:00:00.000Z' }),
  'fbe:reflection:capstone-one-area': JSON.stringify({ text: 'Release management.', savedAt: '2026-11-24T12:00:00.000Z' }),
  'fbe:scenario:capstone-day-twenty': JSON.stringify({ option: 'help-the-person-who', answeredAt: '2026-11-24T11:00:00.000Z' }),
  'fbe:attempts:skills': JSON.stringify({
    attempts: [
      {
        completedAt: '2026-09-01T10:00:00.000Z',
        exercise: 'start-here-competency-baseline',
        ratings: { listening: 1, planning: 2, delegating: 1, budgeting: 3 },
        evidence: { listening: '<b>Ran</b> a listening tour' },
        version: 2,
      },
    ],
  }),
  'fbe:commitments:capstone-plan': JSON.stringify({
    items: [
      { id: 'a', text: 'Hand over <em>releases</em>', target: 'Day 30', done: true, updatedAt: '2026-03-01T09:00:00.000Z' },
      { id: 'b', text: 'Weekly 1:1s, every lead', target: 'Day 60', done: false, updatedAt: '2026-03-05T09:00:00.000Z' },
      { id: 'c', text: 'Read the budget', target: 'Someday', done: false, updatedAt: '2026-03-05T09:00:00.000Z' },
    ],
  }),
};

async function openWithSaved(page: Page, path: string) {
  await page.clock.install({ time: NOW });
  await page.goto(path);
  await seedStorage(page, SAVED);
  await page.reload();
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test.describe('the journal', () => {
  test('"Download my journal" gives one Markdown file of everything written, in course order, escaped', async ({
    page,
    problems,
  }) => {
    await openWithSaved(page, 'progress/');
    const { download, text } = await downloaded(page, 'Download my journal');
    expect(download.suggestedFilename()).toBe('from-building-to-enabling-journal-2026-11-25.md');
    await expect(page.getByRole('status').filter({ hasText: 'Your journal was downloaded' })).toBeVisible();

    expect(text).toContain('# My journal: From Building to Enabling\n\n');
    expect(text).toContain('as kept in my browser on 25 November 2026.');
    expect(text).toContain(
      [
        '#### What made you start this course now?',
        '',
        '> \\# heading\\',
        '> \\[link\\](javascript:alert(1))\\',
        '> \\<script\\>window.hacked = true\\</script\\>\\<img src=x onerror="window.hacked = true"\\>\\',
        '> Emoji 🙂 and الفريق يتعلم and הצוות לומד',
        '',
        'Saved 24 November 2026.',
      ].join('\n'),
    );
    expect(text).not.toContain('\r');
    expect(text).toContain('| Dimension | 1 September 2026 |\n| --- | --- |\n| Listening | 1 |\n| Planning | 2 |');
    expect(text).toContain('- Listening (level 1): \\<b\\>Ran\\</b\\> a listening tour');
    // The chosen option's label and its reasoning come from the scenario's file, fetched when asked for.
    expect(text).toContain(
      [
        '#### Decision: Day twenty of the plan',
        '',
        'What do you do?',
        '',
        'My choice: Help the person who owns the work, and agree when you will check in.',
        '',
        "The course's reasoning: The owner keeps the work and learns from it, and you find out early enough whether more help is needed.",
      ].join('\n'),
    );
    expect(text).toContain(
      '- [x] Hand over \\<em\\>releases\\</em\\> (by Day 30)\n- [ ] Weekly 1:1s, every lead (by Day 60)\n- [ ] Read the budget (by Someday)',
    );
    // Course order: the orientation's baseline and reflection, then the capstone's writing.
    const order = [
      '## Orientation',
      '#### Self-assessment: Fixture skills',
      '#### What made you start',
      '### Capstone',
      '#### Which area',
    ];
    const at = order.map((heading) => text.indexOf(heading));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('"Add check-ins to my calendar" gives an iCalendar file with one all-day event per due date', async ({ page }) => {
    await openWithSaved(page, 'progress/');
    const commitments = page.locator('section[aria-labelledby="commitments-title"]');
    // The plan was started on 1 March (its earliest update): Day 30 is 31 March, Day 60 is 30 April.
    await expect(commitments).toContainText('Check-ins on 31 March 2026 (Day 30), 30 April 2026 (Day 60)');
    await expect(commitments.locator('.skipped-targets')).toHaveText(
      'Not in the calendar, because the target is not a number of days: Read the budget (Someday).',
    );
    const { download, text } = await downloaded(page, 'Add check-ins to my calendar');
    expect(download.suggestedFilename()).toBe('from-building-to-enabling-check-ins-2026-11-25.ics');
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toMatch(
      /\r\nUID:check-in-2026-03-31@from-building-to-enabling\r\nDTSTAMP:20261125T10\d{4}Z\r\nDTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\nSUMMARY:Check in on your plan: Day 30\r\n/,
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20260430');
    expect(text.replaceAll('\r\n ', '')).toContain('\\n- Weekly 1:1s\\, every lead\\n');
    await expect(page.getByRole('status').filter({ hasText: 'Your check-ins were downloaded' })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the journal page shows the learner's writing as text, in the ${colorScheme} theme`, async ({ page, problems }) => {
      await page.emulateMedia({ colorScheme });
      await openWithSaved(page, 'progress/');
      await page.getByRole('link', { name: 'Open my journal' }).click();
      await expect(page).toHaveURL(/\/progress\/journal\/$/);
      const journal = page.locator('.journal');
      await expect(journal.getByRole('heading', { level: 2 })).toHaveText(['Orientation', 'Wrap-up']);
      await expect(journal.locator('blockquote').first()).toHaveText(REFLECTION.replaceAll('\r\n', '\n'));
      await expect(journal.locator('script, img, b, em')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { hacked?: boolean }).hacked)).toBeUndefined();
      await expect(journal).toContainText('My choice: Help the person who owns the work, and agree when you will check in.');
      await expect(journal.locator('table tbody tr').first()).toHaveText('Listening1');
      await expect(journal.locator('.journal-checklist li')).toHaveText([
        '☑Done: Hand over <em>releases</em> (by Day 30)',
        '☐Not done yet: Weekly 1:1s, every lead (by Day 60)',
        '☐Not done yet: Read the budget (by Someday)',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
    });
  }

  test('prints as a workbook, without the site chrome', async ({ page }) => {
    await openWithSaved(page, 'progress/journal/');
    await expect(page.locator('.journal blockquote').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.skip-link', '.no-print'].map((s) => [
        s,
        [...document.querySelectorAll(s)].map((e) => getComputedStyle(e).display),
      ]),
    );
    expect(shown.filter(([, displays]) => (displays as string[]).some((d) => d !== 'none'))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Print my journal' })).toBeHidden();
    await expect(page.locator('.journal blockquote').first()).toBeVisible();
    // Each module after the first starts a new page.
    expect(
      await page
        .locator('.journal-module')
        .nth(1)
        .evaluate((m) => getComputedStyle(m).breakBefore),
    ).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('with nothing written, says so', async ({ page }) => {
    await page.goto('progress/journal/');
    await expect(page.locator('.journal')).toContainText('Nothing written yet.');
  });
});
