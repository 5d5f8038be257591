import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { axeViolations } from '../support/axe.ts';
import { hydrateAll, untilHydrated } from '../support/islands.ts';
import { tabTo } from '../support/keyboard.ts';
import { rateByKeyboard } from '../support/self-assessment.ts';
import { BASELINE, CAPSTONE, LESSON, ORIENTATION } from '../support/fixture-course.ts';

const RETAKE = '#exercise-capstone-competency-retake';

/** The step heading of the baseline self-assessment, which gets focus at every step. */
const heading = (page: Page) => page.locator(`${BASELINE} .assessment-step-heading`);
const status = (page: Page) => page.locator(`${BASELINE} [role="status"]`);

test.describe('self-assessment', () => {
  test('can be done by keyboard alone and shows a chart, a table, strongest and weakest, and lessons to read', async ({
    page,
    problems,
  }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 3, 1, 4]);
    await expect(page.locator(`${BASELINE} tbody tr`)).toHaveText(['Listening2', 'Planning3', 'Delegating1', 'Budgeting4']);
    const summary = page.locator(`${BASELINE} .assessment-results`);
    await expect(summary).toContainText('Strongest: Budgeting.');
    await expect(summary).toContainText('Weakest: Delegating.');
    // Delegating is built by the second lesson and the capstone (tests/fixture-course/assessments/skills.yaml).
    await expect(summary.locator('.suggested-lessons a')).toHaveText(['Second lesson', 'Capstone']);
    await expect(page.locator('h4:focus')).toHaveCount(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('goes one dimension at a time by keyboard, announcing each step, explaining a missing choice, and going back', async ({
    page,
  }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await page.locator(`${BASELINE} button`, { hasText: 'Start the self-assessment' }).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText('Listening');
    await expect(page.locator(`${BASELINE} .step-label`)).toHaveText('Dimension 1 of 4');
    await expect(page.locator(`${BASELINE} progress`)).toHaveJSProperty('value', 1);
    await expect(page.locator(`${BASELINE} input[type="radio"]`)).toHaveCount(5);

    // Next with no choice says what is missing and puts focus on the choices.
    await tabTo(page, page.locator(`${BASELINE} button`, { hasText: 'Next' }), 4);
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Choose a description for Listening before going on.');
    await expect(page.locator(`${BASELINE} .dimension .notice`)).toBeVisible();
    await expect(page.locator(`${BASELINE} input[type="radio"]`).first()).toBeFocused();

    // Space chooses, Enter on a choice goes on.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Planning');
    await expect(heading(page)).toBeFocused();
    await expect(status(page)).toHaveText('Dimension 2 of 4: Planning.');
    await expect(page.locator(`${BASELINE} progress`)).toHaveJSProperty('value', 2);

    // Back returns to the earlier step with its choice kept.
    await tabTo(page, page.locator(`${BASELINE} button`, { hasText: 'Back' }), 4);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Listening');
    await expect(heading(page)).toBeFocused();
    await expect(status(page)).toHaveText('Dimension 1 of 4: Listening.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: /^Level 2\./ })).toBeFocused();
    await expect(page.getByRole('radio', { name: /^Level 2\./ })).toBeChecked();

    // The list of steps jumps straight to the review, which lists what is still to do.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Review' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Check your choices');
    await expect(status(page)).toHaveText('Review: 1 of 4 rated.');
    await expect(page.locator(`${BASELINE} .assessment-review dd`).nth(2)).toHaveText('Not rated yet.');
    await tabTo(page, page.getByRole('button', { name: 'See my results' }), 12);
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(
      'Choose a description for every dimension first: 3 still to do, starting with Planning.',
    );
    await expect(heading(page)).toHaveText('Planning');
    await expect(heading(page)).toBeFocused();
  });

  test('returns to the step it was on after a reload, with earlier choices kept', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await page.locator(`${BASELINE} button`, { hasText: 'Start the self-assessment' }).click();
    await page.getByRole('radio', { name: /^Level 2\./ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /^Level 4\./ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(heading(page)).toHaveText('Delegating');
    await page.reload();
    await hydrateAll(page);
    await expect(heading(page)).toHaveText('Delegating');
    await expect(page.locator(`${BASELINE} .step-label`)).toHaveText('Dimension 3 of 4');
    await expect(page.locator(`${BASELINE} input[type="radio"]:checked`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading(page)).toHaveText('Planning');
    await expect(page.getByRole('radio', { name: /^Level 4\./ })).toBeChecked();
    await page.getByRole('button', { name: /^1 Listening, level 2$/ }).click();
    await expect(page.getByRole('radio', { name: /^Level 2\./ })).toBeChecked();
  });

  test('keeps every attempt, and a retake shows the earlier one overlaid with the change per dimension', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [1, 1, 1, 2]);
    await page.reload();
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 1, 3, 2]);
    await expect(page.locator(`${BASELINE} polygon.radar-previous`)).toHaveCount(1);
    await expect(page.locator(`${BASELINE} thead th`)).toHaveText(['Dimension', 'Before', 'This attempt', 'Change']);
    await expect(page.locator(`${BASELINE} tbody tr`)).toHaveText([
      'Listening12+1',
      'Planning11no change',
      'Delegating13+2',
      'Budgeting22no change',
    ]);

    // The capstone compares its retake with the first attempt, the baseline.
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    await rateByKeyboard(page, RETAKE, [4, 4, 4, 4]);
    await expect(page.locator(`${RETAKE} tbody tr`).first()).toHaveText('Listening14+3');
    await expect(page.locator(`${RETAKE} .chart-key`)).toContainText('your first attempt');

    await page.goto('progress/');
    const history = page.locator('.attempt-history').first();
    await expect(history.locator('.all-attempts thead th')).toHaveCount(4);
    await expect(history.locator('.change-table tbody tr').first()).toHaveText('Listening14+3');
  });

  test('suggests neither the lesson it is in nor lessons already completed', async ({ page }) => {
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    // Delegating, the weakest, is built by the second lesson and by the capstone itself.
    await rateByKeyboard(page, RETAKE, [3, 3, 1, 3]);
    const suggested = page.locator(`${RETAKE} .suggested-lessons`);
    await expect(suggested.locator('a')).toHaveText(['Second lesson']);

    await page.goto('foundations/second-lesson/');
    await hydrateAll(page);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.locator('.completed-badge')).toBeVisible();
    await page.goto(CAPSTONE);
    await hydrateAll(page);
    await expect(suggested).toHaveText(/You have already worked through the lessons that build it\./);
    await expect(suggested.locator('a')).toHaveCount(0);
  });

  test('links to every level description, on a page of its own that needs no JavaScript', async ({ browser, site }) => {
    const context = await browser.newContext({ baseURL: site.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ORIENTATION);
    await page.locator(BASELINE).getByRole('link', { name: 'Read every level description' }).click();
    await expect(page).toHaveURL(/\/assessments\/skills\/$/);
    await expect(page.locator('h1')).toHaveText('Fixture skills: every level');
    await expect(page.locator('main h2')).toHaveText(['1. Listening', '2. Planning', '3. Delegating', '4. Budgeting']);
    await expect(page.getByText('The plain description of level 5 in budgeting.')).toBeVisible();
    await expect(page.locator('.levels li')).toHaveCount(20);
    await context.close();
  });

  test('prints the address of the level descriptions with the exercise', async ({ page }) => {
    await page.goto(ORIENTATION);
    const link = page.locator(`${BASELINE} .assessment-levels-link`);
    await expect(link).toHaveText('Read every level description', { useInnerText: true });
    await page.emulateMedia({ media: 'print' });
    await expect(link).toHaveText(/^Read every level description at http:\/\/\S+\/assessments\/skills\/$/, {
      useInnerText: true,
    });
  });
});

test.describe('self-assessment results at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('read without scrolling sideways, with the whole caption and no text under 12 px', async ({ page }) => {
    await page.goto(ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [1, 2, 3, 4]);
    await rateByKeyboard(page, BASELINE, [2, 2, 2, 5]);
    const table = page.locator(`${BASELINE} .assessment-results table`);
    await expect(table.locator('thead th')).toHaveCount(4);
    const results = page.locator(`${BASELINE} .assessment-results`);
    await expect(results.locator('.level-meanings dl')).toBeAttached();
    await results.locator('.level-meanings summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectWithin(table, results);
    await expectWithin(table.locator('caption'), results);
    expect(await table.locator('caption').evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
    // Every text node, the radar's labels included (they are HTML laid over the chart, so never scaled down).
    const small = await results.evaluate((root) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || parent.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < 12) found.push(`${node.textContent.trim()} (${size}px)`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });
});

async function expectWithin(inner: Locator, outer: Locator) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a!.x).toBeGreaterThanOrEqual(b!.x - 0.5);
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + b!.width + 0.5);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`self-assessment in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('has no axe violations at any step or on the results', async ({ page }) => {
      await page.goto(ORIENTATION);
      await hydrateAll(page);
      await page.locator(`${BASELINE} button`, { hasText: 'Start the self-assessment' }).click();
      for (const [step, name] of ['Listening', 'Planning', 'Delegating', 'Budgeting'].entries()) {
        await expect(heading(page)).toHaveText(name);
        if (step === 0) {
          // A missing choice, explained, is checked too.
          await page.getByRole('button', { name: 'Next' }).click();
          await expect(page.locator(`${BASELINE} .dimension .notice`)).toBeVisible();
        }
        await page.getByRole('radio', { name: /^Level 3\./ }).check();
        expect(await axeViolations(page), `step ${step + 1}`).toEqual([]);
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await expect(heading(page)).toHaveText('Check your choices');
      expect(await axeViolations(page), 'review').toEqual([]);
      await page.getByRole('button', { name: 'See my results' }).click();
      await expect(page.locator(`${BASELINE} .level-meanings dl`)).toBeAttached();
      expect(await axeViolations(page), 'results').toEqual([]);
    });
  });
}

test.describe('self-assessment layout', () => {
  /** Records layout shifts not caused by input, from before the page's first script, with what moved. */
  async function watchLayoutShifts(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; moved: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
        for (const entry of list.getEntries() as Shift[]) {
          if (entry.hadRecentInput) continue;
          const moved = entry.sources.map(({ node }) =>
            node instanceof Element ? node.outerHTML.slice(0, 60) : (node?.nodeName ?? 'a removed node'),
          );
          w.shifts.push({ value: entry.value, moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  /** The cumulative layout shift so far, with the shifts in the message when it is too high. */
  async function expectLittleShift(page: Page, when: string) {
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, `${when}: ${JSON.stringify(shifts)}`).toBeLessThan(0.05);
  }

  /** Brings the self-assessment into view, which hydrates it, and waits until what it shows has settled. */
  async function scrollToExercise(page: Page, settled: Locator) {
    // The island at the top of the window, so that what follows it is in view and would show any shift.
    await page.locator(`${BASELINE} .self-assessment`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await untilHydrated(page.locator('.self-assessment button').first());
    await expect(settled).toBeVisible();
  }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`does not shift the page as it hydrates, fresh or with saved results, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await watchLayoutShifts(page);
      await page.goto(ORIENTATION);
      await scrollToExercise(page, page.getByRole('button', { name: 'Start the self-assessment' }));
      await expectLittleShift(page, 'fresh');

      await hydrateAll(page);
      await rateByKeyboard(page, BASELINE, [1, 2, 3, 4]);
      await page.goto(LESSON);
      // The results' code is held back until the island shows that it is loading them, as on a slow connection.
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/AssessmentResults/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(ORIENTATION);
      await page.locator(`${BASELINE} .self-assessment`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await expect(page.locator(`${BASELINE} .self-assessment`)).toContainText('Loading…');
      release();
      await scrollToExercise(page, page.locator(`${BASELINE} .suggested-lessons`));
      await expectLittleShift(page, 'with saved results');
    });
  }
});
