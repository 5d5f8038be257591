import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { seedStorage } from '../support/islands.ts';

const at = '2026-11-20T10:00:00.000Z';
const LEARNER_DATA = {
  'fbe:version': '3',
  'fbe:reflection:start-here-why-now': JSON.stringify({ text: 'Kept fixing the build <b>myself</b>.', savedAt: at }),
  'fbe:reflection:first-lesson-week-audit': JSON.stringify({ text: 'Private: my one-to-ones.', savedAt: at }),
  'fbe:reflection:second-lesson-last-outage': JSON.stringify({ text: 'We wrote a blameless review.', savedAt: at }),
  'fbe:attempts:skills': JSON.stringify({
    attempts: [
      {
        completedAt: '2026-06-01T10:00:00.000Z',
        exercise: 'start-here-competency-baseline',
        ratings: { listening: 1, planning: 1, delegating: 1, budgeting: 1 },
      },
      {
        completedAt: at,
        exercise: 'capstone-competency-retake',
        ratings: { listening: 2, planning: 3, delegating: 1, budgeting: 4 },
      },
    ],
  }),
  'fbe:scenario:first-lesson-new-lead': JSON.stringify({ option: 'help-the-person-who', answeredAt: at }),
};

test.describe('sharing with a mentor', () => {
  test('shares exactly the two reflections and the latest attempt chosen, by keyboard; a fresh browser shows just those', async ({
    page,
    browser,
    site,
  }) => {
    await page.goto('progress/');
    await seedStorage(page, LEARNER_DATA);
    await page.reload();
    const panel = page.locator('.share-panel');
    await expect(panel.getByRole('checkbox')).not.toHaveCount(0);
    // Nothing is chosen until the learner chooses it.
    for (const box of await panel.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
    await expect(panel.getByRole('radio', { name: 'Leave it out' })).toBeChecked();

    await panel.getByRole('radio', { name: /^Your latest attempt/ }).focus();
    await page.keyboard.press('Space');
    for (const prompt of ['What made you start this course now?', 'What happened after your last outage?']) {
      await panel.getByRole('checkbox', { name: new RegExp(`^${prompt.replace('?', '\\?')}`) }).focus();
      await page.keyboard.press('Space');
    }
    await panel.getByLabel(/^Your name/).fill('Ana');
    await panel.getByRole('button', { name: 'Make the share link' }).focus();
    await page.keyboard.press('Enter');
    const field = panel.getByLabel('Share link', { exact: true });
    await expect(field).toHaveValue(/\/shared\/#1\.p\./);
    await expect(panel.getByText(/Anyone who has this link can read what it holds/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const link = await field.inputValue();

    // The mentor, in a browser profile of their own.
    const mentor = await browser.newContext({ baseURL: site.url });
    const view = await mentor.newPage();
    await view.goto('');
    const before = await view.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    await view.goto(link);
    const brief = view.locator('.shared-brief');
    await expect(brief.locator('h2')).toHaveText('Shared by Ana');
    await expect(brief.locator('.saved-reflection .learner-text')).toHaveText([
      'Kept fixing the build <b>myself</b>.',
      'We wrote a blameless review.',
    ]);
    await expect(brief.getByText('Private: my one-to-ones.')).toHaveCount(0);
    await expect(brief.locator('.change-table thead th')).toHaveText(['Dimension', 'Level']);
    await expect(brief.locator('.brief-scenario, #brief-completed, #brief-commitments')).toHaveCount(0);
    expect(await view.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(before);
    await mentor.close();
  });

  test('a passphrase makes a locked link', async ({ page }) => {
    await page.goto('progress/');
    await seedStorage(page, LEARNER_DATA);
    await page.reload();
    const panel = page.locator('.share-panel');
    await panel.getByRole('checkbox', { name: /^What made you start/ }).check();
    await panel.getByLabel('Passphrase (optional)').fill('north star');
    await panel.getByRole('button', { name: 'Make the share link' }).click();
    const link = panel.getByLabel('Share link', { exact: true });
    await expect(link).toHaveValue(/\/shared\/#1\.e\./);
    expect(await link.inputValue()).not.toContain('north');
  });
});
