import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.ts';
import { offSiteRequests } from '../support/requests.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { tabTo } from '../support/keyboard.ts';
import { LESSON } from '../support/fixture-course.ts';

/** The fixture's template with every kind of section (tests/fixture-course/toolkit/team-budget-sheet.yaml). */
const TEMPLATE = 'toolkit/team-budget-sheet/';
/** What its downloads hold, byte for byte: the golden files the unit tests compare the renderer with. */
const golden = (file: string) => readFileSync(new URL(`../unit/fixtures/${file}`, import.meta.url), 'utf8');

test.describe('the toolkit', () => {
  test('lists the templates by the module that teaches them, and ships no island to do it', async ({ page, problems, site }) => {
    const offSite = offSiteRequests(page, site);
    await page.goto('toolkit/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toolkit');
    await expect(page.locator('main h2')).toHaveText(['Foundations', 'Practice']);
    await expect(page.locator('.template-list h3')).toHaveText(['Team budget sheet', 'Short checklist']);
    await expect(page.locator('.template-list .meta').first()).toHaveText('Markdown and CSV');
    await expect(page.locator('astro-island')).toHaveCount(0);
    await page.getByRole('link', { name: 'Team budget sheet' }).click();
    await expect(page).toHaveURL(new RegExp(`${TEMPLATE}$`));
    expect(offSite).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('a lesson links to the templates that put it to work, and each template links back', async ({ page }) => {
    await page.goto(LESSON);
    const panel = page.getByRole('region', { name: 'From the toolkit' });
    await expect(panel.getByRole('listitem')).toHaveText([
      "Team budget sheet: A fixture template with every kind of section, and cells that test the downloads' escaping.",
    ]);
    await panel.getByRole('link', { name: 'Team budget sheet' }).click();
    await expect(page.locator('main .meta').first()).toHaveText('Taught in First lesson and Third lesson.');
    await page.getByRole('link', { name: 'First lesson' }).click();
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  });

  test('downloads the template as Markdown and its table as CSV, each as the golden file', async ({ page }) => {
    await page.goto(TEMPLATE);
    for (const [name, file] of [
      ['Download as Markdown', 'team-budget-sheet.md'],
      ['Download “Costs” as CSV', 'team-costs.csv'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      const path = await download.path();
      expect(readFileSync(path, 'utf8')).toBe(golden(file));
    }
  });

  test('lays the worksheet out with its labels, a table named by its heading, and boxes to tick', async ({ page }) => {
    await page.goto(TEMPLATE);
    await expect(page.locator('.field-label')).toHaveText(['Team name', 'What the team owns']);
    // The ruled lines are drawing: one line for the name, three for what the team owns, none read aloud.
    await expect(page.locator('.write-in span')).toHaveCount(4);
    await expect(page.locator('.write-in').first()).toHaveAttribute('aria-hidden', 'true');
    const table = page.getByRole('region', { name: 'Costs' });
    await expect(table.getByRole('columnheader')).toHaveText(['Line', 'Cost (€, per year)', 'Notes']);
    await expect(table.getByRole('row')).toHaveCount(1 + 2 + 2);
    await expect(page.locator('.checklist li')).toHaveText(['The figures add up.', 'Finance has seen it.']);
  });

  test.describe('on a 320 px screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the page does not scroll sideways; the table scrolls in its own box, reached by keyboard', async ({ page }) => {
      await page.goto(TEMPLATE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const table = page.getByRole('region', { name: 'Costs' });
      expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
      await tabTo(page, table);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => table.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    });
  });

  test.describe('deployed under /course/', () => {
    test.use({ siteName: 'fixture-under-course' });

    test('links its downloads and lessons under /course/, and the files are there', async ({ page, request, site }) => {
      await page.goto(TEMPLATE);
      const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith('/course/'))).toEqual([]);
      expect(hrefs).toContain('/course/toolkit/team-budget-sheet/team-costs.csv');
      const csv = await request.get(new URL('toolkit/team-budget-sheet/team-costs.csv', site.url).href);
      expect(await csv.text()).toBe(golden('team-costs.csv'));
    });
  });
});
