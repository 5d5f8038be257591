import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { hydrateAll, seedStorage } from '../support/islands.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { ORIENTATION } from '../support/fixture-course.ts';

/** "Now" for these tests: five days after the latest seeded attempt. */
const NOW = new Date('2026-11-25T10:00:00.000Z');

/** Attempts of the fixture instrument (tests/fixture-course/assessments/skills.yaml), oldest first. */
const ATTEMPTS = [
  { at: '2026-09-01T10:00:00.000Z', exercise: 'start-here-competency-baseline', ratings: [1, 2, 1, 3] },
  { at: '2026-10-01T10:00:00.000Z', exercise: 'capstone-competency-retake', ratings: [2, 2, 1, 3] },
  { at: '2026-11-01T10:00:00.000Z', exercise: 'capstone-competency-retake', ratings: [3, 2, 2, 3] },
  { at: '2026-11-20T10:00:00.000Z', exercise: 'capstone-competency-retake', ratings: [4, 3, 2, 2] },
];
const DIMENSIONS = ['listening', 'planning', 'delegating', 'budgeting'];

/** Storage records (src/progress/records.ts) for the first `count` attempts, a reflection and a completed lesson. */
function savedProgress(count: number): Record<string, string> {
  const attempts = ATTEMPTS.slice(0, count).map((a) => ({
    completedAt: a.at,
    exercise: a.exercise,
    ratings: Object.fromEntries(DIMENSIONS.map((d, i) => [d, a.ratings[i]])),
    version: 2,
  }));
  return {
    'fbe:version': '3',
    'fbe:attempts:skills': JSON.stringify({ attempts }),
    'fbe:reflection:start-here-why-now': JSON.stringify({ text: 'Saved before', savedAt: '2026-11-24T10:00:00.000Z' }),
    'fbe:lesson:start-here': JSON.stringify({ completedAt: '2026-11-24T10:00:00.000Z' }),
  };
}

async function openWithSaved(page: Page, count: number, path = 'progress/') {
  await page.clock.install({ time: NOW });
  await page.goto(path);
  await seedStorage(page, savedProgress(count));
  await page.reload();
}

const growth = (page: Page) => page.locator('.attempt-history').first();

test.describe('My progress: growth in self-assessments', () => {
  test('after one attempt, shows the radar and levels and says what a second attempt will show', async ({ page, problems }) => {
    await openWithSaved(page, 1);
    const view = growth(page);
    await expect(view.locator('svg.radar polygon.radar-current')).toHaveCount(1);
    await expect(view.locator('polygon.radar-previous, polygon.radar-between')).toHaveCount(0);
    await expect(view).toContainText('A second attempt will show how each dimension has moved since this one');
    await expect(view.locator('.change-table thead th')).toHaveText(['Dimension', 'Your level']);
    await expect(view.locator('.change-table tbody tr')).toHaveText(['Listening1', 'Planning2', 'Delegating1', 'Budgeting3']);

    const next = view.locator('.next-step');
    await expect(next).toContainText('Weakest now: Listening and Delegating');
    // The lessons that build them (skills.yaml), each once.
    await expect(next.locator('.build-lessons a')).toHaveText(['Start here', 'First lesson', 'Second lesson', 'Capstone']);
    await expect(next.locator('.build-lessons li').first()).toContainText('completed');
    // The baseline is done; the retake is in the capstone.
    await expect(next.locator('.retake')).toContainText('Take it again in');
    await expect(next.locator('.retake a')).toHaveAttribute('href', '/wrap-up/capstone/');
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('after several attempts, overlays the first and the latest and tabulates the change', async ({ page, problems }) => {
    await openWithSaved(page, 4);
    const view = growth(page);
    await expect(view.locator('polygon.radar-current')).toHaveCount(1);
    await expect(view.locator('polygon.radar-previous')).toHaveCount(1);
    await expect(view.locator('polygon.radar-between')).toHaveCount(2);
    const key = view.locator('.chart-key li');
    await expect(key).toHaveCount(3);
    await expect(key.nth(0)).toContainText('Latest attempt');
    await expect(key.nth(1)).toContainText('First attempt, your baseline');
    await expect(key.nth(2)).toContainText('The 2 attempts in between');

    await expect(view.locator('.change-table caption')).toContainText('4 attempts');
    await expect(view.locator('.change-table thead th')).toHaveText(['Dimension', 'First', 'Latest', 'Change']);
    await expect(view.locator('.change-table tbody tr')).toHaveText([
      'Listening14+3',
      'Planning23+1',
      'Delegating12+1',
      'Budgeting32−1',
    ]);
    await expect(view).toContainText('Up in 3 dimensions, down in 1 and the same in none since your first attempt.');

    const next = view.locator('.next-step');
    await expect(next).toContainText('Weakest now: Delegating and Budgeting');
    await expect(next.locator('.build-lessons a')).toHaveText(['Second lesson', 'Capstone', 'Fourth lesson']);
    // Both places that hold the instrument are done: the next retake is a matter of time.
    await expect(next.locator('.retake')).toContainText('Retake it in about 25 weeks');
    await expect(next.locator('.retake a')).toHaveAttribute('href', '/wrap-up/capstone/');

    // Every attempt stays available, level by level.
    await view.locator('summary', { hasText: 'Every attempt' }).click();
    await expect(view.locator('.all-attempts thead th')).toHaveCount(5);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test.describe('at 320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    /** The rendered size of each visible label of each radar on the page, in CSS pixels, and whether they fit. */
    const radarLabels = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.radar')].flatMap((chart) =>
          [
            ...(chart.closest('.radar-chart') ?? chart).querySelectorAll<HTMLElement | SVGGraphicsElement>(
              '.radar-label, .radar-names li',
            ),
          ]
            .filter((label) => label.checkVisibility())
            .map((label) => {
              // Text inside an SVG is scaled with it: its size on screen is its font size times the SVG's scale.
              const scale = label instanceof SVGGraphicsElement ? label.getScreenCTM()!.a : 1;
              const box = label.getBoundingClientRect();
              return {
                text: label.textContent,
                size: parseFloat(getComputedStyle(label).fontSize) * scale,
                inside: box.left >= 0 && box.right <= innerWidth,
                box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
              };
            }),
        ),
      );
    const overlaps = (a: { box: DOMRectInit & Record<string, number> }, b: typeof a) =>
      a.box['left']! < b.box['right']! &&
      b.box['left']! < a.box['right']! &&
      a.box['top']! < b.box['bottom']! &&
      b.box['top']! < a.box['bottom']!;

    test('the change table fits the screen without scrolling sideways', async ({ page }) => {
      await openWithSaved(page, 4);
      const table = page.locator('.change-table');
      await expect(table).toBeVisible();
      expect(await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    });

    for (const [where, path] of [
      ['My progress', 'progress/'],
      ['the self-assessment results in a lesson', ORIENTATION],
    ] as const) {
      test(`the radar's labels in ${where} are at least 12 px, inside the screen and apart`, async ({ page }) => {
        await openWithSaved(page, 4, path);
        await hydrateAll(page);
        const chart = page.locator('svg.radar').first();
        await chart.scrollIntoViewIfNeeded();
        await expect(chart).toBeVisible();
        const labels = await radarLabels(page);
        expect(labels.length).toBeGreaterThanOrEqual(DIMENSIONS.length);
        for (const label of labels) {
          expect(label.size, `${label.text}`).toBeGreaterThanOrEqual(12);
          expect(label.inside, `${label.text}`).toBe(true);
        }
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `${a.text} and ${b.text}`).toBe(false);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      });
    }
  });
});

test.describe('My progress: layout shift', () => {
  /** Adds up every layout shift not caused by input, from before the page's first script. */
  const recordShifts = (page: Page) =>
    page.addInitScript(() => {
      const record = window as unknown as { __shift: number };
      record.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) record.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  const settledShift = async (page: Page) => {
    await expect(page.getByRole('heading', { name: 'Delete your data' })).toBeAttached();
    // Shifts are reported once the frame that has them is drawn: let two frames pass.
    return page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __shift: number }).__shift))),
        ),
    );
  };

  // tests/behaviour/layout-shift.spec.ts measures every page type on a desktop screen; this is My progress on a phone.
  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('is under 0.05 on a fresh visit', async ({ page }) => {
      await recordShifts(page);
      await page.goto('progress/');
      expect(await settledShift(page)).toBeLessThan(0.05);
    });

    test('is under 0.05 with saved data', async ({ page }) => {
      await page.goto('progress/');
      await seedStorage(page, savedProgress(4));
      await recordShifts(page);
      await page.reload();
      expect(await settledShift(page)).toBeLessThan(0.05);
    });
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`My progress with saved data has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWithSaved(page, 4);
    await expect(growth(page).locator('svg.radar')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('importing a progress file', () => {
  const FILE = {
    name: 'my-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'from-building-to-enabling/progress',
        version: 3,
        exportedAt: '2026-11-24T10:00:00.000Z',
        progress: { lesson: { 'start-here': { completedAt: '2026-11-24T10:00:00.000Z' } } },
        unreadable: {},
      }),
    ),
  };

  test('is a styled picker that works by keyboard and names the chosen file', async ({ page }) => {
    await page.goto('progress/');
    const input = page.getByLabel('Import a progress file');
    const picker = page.locator('label[for="import-file"]');
    // The browser's own control is hidden; a label styled as a button stands for it.
    await expect(picker).toBeVisible();
    await expect(picker).toHaveClass(/\bbutton\b/);
    const inputBox = await input.boundingBox();
    expect((inputBox?.width ?? 0) * (inputBox?.height ?? 0)).toBeLessThanOrEqual(1);
    await expect(page.locator('.file-name')).toHaveText('No file chosen');

    await page.getByRole('button', { name: 'Export my progress' }).focus();
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    // The focus ring shows on what the learner sees.
    expect(await picker.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(FILE);
    await expect(page.locator('.file-name')).toHaveText('my-progress.json');
    await expect(page.locator('.import-preview')).toContainText('What importing my-progress.json will change');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.file-name')).toHaveText('No file chosen');
  });
});
