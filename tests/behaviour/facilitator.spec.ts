import { test, expect } from '../support/test.ts';
import { offSiteRequests } from '../support/requests.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { pdfPageCount as pageCount } from '../support/pdf.ts';

/** The fixture's module session (tests/fixture-course/sessions/foundations.yaml) and its case card's three roles. */
const SESSION = 'facilitator/foundations/';
const CASES = 'facilitator/foundations/cases/';

test.describe('the facilitator pages', () => {
  test('the guide lists every session in order, each with its run sheet, case cards and presenter screen', async ({
    page,
    problems,
    site,
  }) => {
    const offSite = offSiteRequests(page, site);
    await page.goto('facilitator/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For facilitators');
    const sessions = page.locator('.session-card');
    await expect(sessions.locator('h3')).toHaveText([
      'Opening the cohort',
      'Foundations in practice',
      'Practice under pressure',
      'The capstone together',
      'Closing the cohort',
    ]);
    await expect(sessions.nth(1).locator('.eyebrow')).toHaveText('Session 2 · Module 1: Foundations');
    await expect(sessions.nth(1)).toContainText('1 hour 30 minutes · 5 steps · pre-work: 2 lessons, about 40 minutes');
    await expect(page.getByRole('heading', { level: 2, name: 'How to run a cohort' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The cohort dashboard' })).toHaveAttribute('href', '/facilitator/cohort/');

    const links = { 'Run sheet': SESSION, 'Case cards': CASES, Present: 'facilitator/foundations/present/' };
    for (const [name, path] of Object.entries(links)) {
      await expect(page.getByRole('link', { name: `${name}: Foundations in practice` })).toHaveAttribute('href', `/${path}`);
    }
    await page.getByRole('link', { name: 'Run sheet: Foundations in practice' }).click();
    await expect(page).toHaveURL(new RegExp(`${SESSION}$`));
    await page.getByRole('link', { name: 'Case cards to print' }).click();
    await expect(page).toHaveURL(new RegExp(`${CASES}$`));
    expect(problems).toEqual(NO_PROBLEMS);
    expect(offSite).toEqual([]);
  });

  test("a run sheet gives each step its clock time and the lessons' own texts, and the facilitator's notes", async ({ page }) => {
    await page.goto(SESSION);
    const steps = page.locator('.agenda-step');
    await expect(steps.locator('.step-time strong')).toHaveText(['0:00', '0:10', '0:25', '0:45', '1:15']);
    await expect(page.getByText('Ends at 1:30.')).toBeVisible();
    // The scenario and the reflection come from the lessons, by id.
    await expect(steps.nth(2)).toContainText('Scenario from First lesson: A new tech lead');
    await expect(steps.nth(2).locator('li[data-recommended]')).toHaveText(
      'Help the person who owns the work, and agree when you will check in. (the course recommends this)',
    );
    await expect(steps.nth(4)).toContainText('Reflection from Second lesson: What happened after your last outage?');
    await expect(steps.nth(3)).toContainText('Role-play on the case card The budget conversation.');
    await expect(steps.nth(3).locator('.step-notes')).toHaveText('For you: Keep each group to three; the third person observes.');
    await expect(page.getByRole('link', { name: 'First lesson' }).first()).toHaveAttribute('href', '/foundations/first-lesson/');
    await expect(page.getByRole('navigation', { name: 'Previous and next sessions' }).getByRole('link')).toHaveText([
      'Previous sessionOpening the cohort',
      'Next sessionPractice under pressure',
    ]);
  });

  test('a run sheet prints without navigation or buttons, with each step kept whole and the notes kept', async ({ page }) => {
    await page.goto(SESSION);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.breadcrumbs', '.prev-next', '.site-footer', '.no-print'].map((s) => [
        s,
        getComputedStyle(document.querySelector(s)!).display,
      ]),
    );
    expect(hidden.filter(([, display]) => display !== 'none')).toEqual([]);
    await expect(page.locator('.step-notes')).toBeVisible();
    expect(
      await page
        .locator('.agenda-step')
        .first()
        .evaluate((step) => getComputedStyle(step).breakInside),
    ).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
  });

  test("case cards print one card per page: the room's card, then each role's brief alone", async ({ page }) => {
    await page.goto(CASES);
    await expect(page.locator('.case-card h2')).toHaveText(['The budget conversation']);
    await expect(page.locator('.role-card h3')).toHaveText(['The engineering lead', 'The finance lead', 'The observer']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(4);
  });

  test("a session's second case starts a page of its own too", async ({ page }) => {
    await page.goto('facilitator/closing/cases/');
    await expect(page.locator('.case-card h2')).toHaveText(['The first week', 'The budget conversation']);
    await page.emulateMedia({ media: 'print' });
    // Each case's card for the room and each of its roles' briefs: 1 + 2 for the first case, 1 + 3 for the second.
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(7);
  });
});
