import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { seedStorage } from '../support/islands.ts';
import { encodeShare, SHARE_PROBLEM_MESSAGES, type SharePayload } from '../../src/progress/shares.ts';

const LEARNER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const BASELINE = { listening: 2, planning: 3, delegating: 1, budgeting: 4 };
const LATEST = { listening: 3, planning: 3, delegating: 2, budgeting: 4 };

/** A share as a learner's panel makes it: the baseline and latest attempts, one reflection, a scenario, a plan. */
const SHARE: SharePayload = {
  format: 'fbe-share',
  version: 1,
  learner: LEARNER,
  name: 'Ana <img src=x onerror="window.__pwned=1">',
  sharedAt: '2026-11-20T10:00:00.000Z',
  assessments: {
    skills: {
      attempts: [
        { completedAt: '2026-06-01T10:00:00.000Z', exercise: 'start-here-competency-baseline', ratings: BASELINE },
        { completedAt: '2026-11-01T10:00:00.000Z', exercise: 'capstone-competency-retake', ratings: LATEST },
      ],
    },
  },
  completed: ['start-here', 'first-lesson'],
  reflections: {
    'first-lesson-week-audit': { text: 'Meetings <b>all</b> week.\nThen code review.', savedAt: '2026-11-02T10:00:00.000Z' },
  },
  scenarios: { 'first-lesson-new-lead': { option: 'help-the-person-who', answeredAt: '2026-11-02T10:00:00.000Z' } },
  commitments: {
    'capstone-plan': {
      items: [
        { id: 'c1', text: 'Hand over the release train.', target: 'Day 30', done: true, updatedAt: '2026-11-03T10:00:00.000Z' },
      ],
    },
  },
};

/** Everything in this browser's storage, to show that opening a link changes none of it. */
const storageSnapshot = (page: Page) =>
  page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b))));

const brief = (page: Page) => page.locator('.shared-brief');

test.describe('the mentor view of a share link', () => {
  test('shows what the link holds, as text, and leaves the viewer’s own progress byte for byte as it was', async ({
    page,
    problems,
  }) => {
    // The mentor has course progress of their own in this browser, in an old format that would be migrated.
    await page.goto('');
    await seedStorage(page, {
      'fbe:version': '2',
      'fbe:reflection:start-here-why-now': '{"text":"The mentor’s own note","savedAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:scenario:start-here-the-weekend-fix': '{"choice":1,"answeredAt":"2026-11-24T10:00:00.000Z"}',
    });
    const before = await storageSnapshot(page);
    await page.goto(`shared/#${await encodeShare(SHARE)}`);

    await expect(brief(page).locator('h2')).toHaveText('Shared by Ana <img src=x onerror="window.__pwned=1">');
    await expect(page.locator('.change-table tbody tr')).toHaveCount(4);
    await expect(page.locator('.change-table tbody tr').first()).toHaveText(/Listening\s*2\s*3\s*\+1/);
    await expect(brief(page).locator('.saved-reflection .learner-text')).toHaveText(
      'Meetings <b>all</b> week.\nThen code review.',
    );
    await expect(brief(page).locator('.saved-reflection h4')).toHaveText('Where did your hours go last week?');
    await expect(brief(page).locator('.brief-scenario strong')).not.toBeEmpty();
    await expect(brief(page).locator('.brief-scenario .meta')).toHaveText(/^Why it might be right/);
    await expect(brief(page).locator('.brief-commitments li')).toHaveText(/Hand over the release train\.\s*\(Day 30, done\)/);
    await expect(brief(page).locator('.brief-modules li').first()).toHaveText(/1 of 1/);
    // The prompts for the two lowest dimensions and the largest change come from the instrument's content.
    await expect(brief(page).locator('.conversation-starters > p strong')).toHaveText([
      'Delegating, rated 2 of 5',
      'Listening, rated 3 of 5',
      'Listening, which moved most (+1)',
    ]);
    await expect(brief(page).locator('.conversation-starters li').first()).toHaveText(/\?$/);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await storageSnapshot(page)).toBe(before);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('asks for the passphrase of a locked link, refuses a wrong one and opens with the right one, by keyboard', async ({
    page,
  }) => {
    await page.goto(`shared/#${await encodeShare(SHARE, { passphrase: 'north star' })}`);
    const passphrase = page.getByLabel('Passphrase');
    await expect(page.locator('.passphrase-form [data-focus-here]')).toHaveText(SHARE_PROBLEM_MESSAGES['passphrase-needed']);
    await passphrase.focus();
    await page.keyboard.type('south star');
    await page.keyboard.press('Enter');
    await expect(page.locator('.passphrase-form [data-focus-here]')).toHaveText(SHARE_PROBLEM_MESSAGES['wrong-passphrase']);
    await expect(brief(page)).toHaveCount(0);
    await passphrase.fill('');
    await passphrase.focus();
    await page.keyboard.type('north star');
    await page.keyboard.press('Enter');
    await expect(brief(page).locator('h2')).toBeFocused();
  });

  test('says a cut-short link is incomplete and a changed one damaged, and shows nothing else', async ({ page }) => {
    const link = await encodeShare(SHARE);
    await page.goto(`shared/#${link.slice(0, link.length - 40)}`);
    await expect(page.locator('.shared-view .notice')).toHaveText(SHARE_PROBLEM_MESSAGES.incomplete);
    await expect(brief(page)).toHaveCount(0);
    const last = link.at(-1) === 'A' ? 'B' : 'A';
    await page.goto(`shared/#${link.slice(0, -1)}${last}`);
    await expect(page.locator('.shared-view .notice')).toHaveText(SHARE_PROBLEM_MESSAGES.damaged);
    await expect(brief(page)).toHaveCount(0);
  });

  test('opens a pasted link by keyboard, and compares it with an earlier link from the same learner', async ({ page }) => {
    await page.goto('shared/');
    const open = page.getByRole('group', { name: 'Open a share link' }).getByLabel('Share link');
    await open.focus();
    await page.keyboard.insertText(`https://example.invalid/shared/#${await encodeShare(SHARE)}`);
    await page.keyboard.press('Enter');
    await expect(brief(page).locator('h2')).toBeFocused();

    const earlier: SharePayload = {
      ...SHARE,
      sharedAt: '2026-07-01T10:00:00.000Z',
      assessments: { skills: { attempts: SHARE.assessments!['skills']!.attempts.slice(0, 1) } },
    };
    const compare = page.getByRole('group', { name: 'An earlier share link from the same learner' }).getByLabel('Share link');
    await compare.focus();
    await page.keyboard.insertText(await encodeShare(earlier));
    await page.keyboard.press('Enter');
    const table = page.locator('#brief-compare ~ [role="status"] .change-table');
    await expect(table.locator('thead th')).toHaveText(['Dimension', 'Earlier', 'Now', 'Change']);
    await expect(table.locator('tbody tr').nth(2)).toHaveText(/Delegating\s*1\s*2\s*\+1/);
    await expect(page.getByText('made in a different browser')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${colorScheme} theme, before and after a link is opened`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('shared/');
      await expect(page.getByRole('group', { name: 'Open a share link' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`shared/#${await encodeShare(SHARE)}`);
      await expect(brief(page).locator('.conversation-starters li').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('prints as a brief, without the forms', async ({ page }) => {
    await page.goto(`shared/#${await encodeShare(SHARE)}`);
    await expect(brief(page).locator('h2')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.share-link-form').first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print this brief' })).toBeHidden();
    await expect(brief(page).locator('.change-table')).toBeVisible();
  });
});
