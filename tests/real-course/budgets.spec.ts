import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { encodeShare } from '../../src/progress/shares.ts';
import { join } from 'node:path';
import { test, expect } from '../support/test.ts';
import { LESSON_BUDGET, kilobytes, recordTransfers, total } from '../support/budget.ts';
import { hydrateAll } from '../support/islands.ts';
import { SITES } from '../support/sites.ts';
import { isLesson, sitemapPaths } from '../support/sitemap.ts';

const lessons = sitemapPaths('real').filter(isLesson);
/** The toolkit's list and each template's page: held to the lesson pages' budgets. */
const toolkit = sitemapPaths('real').filter((path) => path.startsWith('toolkit/'));

/**
 * The strictest reading: every island on the page scrolled into view and hydrated, still before any click or key.
 * Raised from 25 KB when records gained a schema library (about 2.5 KB) and the exercises gained per-learner option
 * order, evidence, versioned level texts and the two-tab choice; measured at 24.2 and 25.9 KB on 2026-11-25. The
 * capstone reached 28.0 KB when the state module learned the facilitator's kept cohort; Preact's three modules in one
 * file brought it back to 27.4 KB. Raised to 30 KB when Astro's island runtime (1.8 KB) moved out of every page's
 * HTML into a cached file, where this counts it: measured at 29.2 KB. Raised to 31 KB when the service worker's
 registration (0.9 KB, within the 2 KB it may add to a page) joined every page: measured at 30.2 KB.
 */
const HYDRATED_SCRIPT_BUDGET = 31 * 1024;

/** Lessons with the heaviest islands: a reflection and a self-assessment (found in the build, not from a list). */
const withReflectionAndSelfAssessment = lessons.filter((path) => {
  const html = readFileSync(join(SITES.real.outDir, path, 'index.html'), 'utf8');
  return html.includes('class="reflection"') && html.includes('class="self-assessment"');
});

test.describe('page weight budgets', () => {
  for (const path of [...lessons, ...toolkit]) {
    test(`${path} stays within the JavaScript, HTML and CSS budgets`, async ({ page }) => {
      const transfers = recordTransfers(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const figures = {
        script: total(transfers, 'script'),
        document: total(transfers, 'document'),
        stylesheet: total(transfers, 'stylesheet'),
      };
      console.log(
        `${path}: JavaScript ${kilobytes(figures.script)} of ${kilobytes(LESSON_BUDGET.script)}, HTML ${kilobytes(figures.document)} of ${kilobytes(LESSON_BUDGET.document)}, CSS ${kilobytes(figures.stylesheet)} of ${kilobytes(LESSON_BUDGET.stylesheet)}`,
      );
      expect(transfers.filter((t) => /pagefind|search-ui/.test(t.url)).map((t) => t.url)).toEqual([]);
      expect(figures.script).toBeLessThanOrEqual(LESSON_BUDGET.script);
      expect(figures.document).toBeLessThanOrEqual(LESSON_BUDGET.document);
      expect(figures.stylesheet).toBeLessThanOrEqual(LESSON_BUDGET.stylesheet);
    });
  }
});

test.describe('pages with a reflection and a self-assessment', () => {
  test('are found in the build', () => {
    expect(withReflectionAndSelfAssessment.length).toBeGreaterThan(0);
  });

  for (const path of withReflectionAndSelfAssessment) {
    test(`${path} loads at most 31 KB of JavaScript with every exercise hydrated`, async ({ page }) => {
      const transfers = recordTransfers(page);
      await page.goto(path);
      await hydrateAll(page);
      await page.waitForLoadState('networkidle');
      const script = total(transfers, 'script');
      console.log(`${path} with every island hydrated: JavaScript ${kilobytes(script)} of ${kilobytes(HYDRATED_SCRIPT_BUDGET)}`);
      await expect(page.locator('.exercise .reflection').first()).toBeAttached();
      await expect(page.locator('.exercise .self-assessment').first()).toBeAttached();
      expect(script).toBeLessThanOrEqual(HYDRATED_SCRIPT_BUDGET);
    });
  }
});

/** The mentor view with a typical link open: the radar, the change table, reflections and the prompts. */
const MENTOR_VIEW_SCRIPT_BUDGET = 25 * 1024;

test('the mentor view loads at most 25 KB of JavaScript with a share link open', async ({ page }) => {
  const instrument = parse(readFileSync(join(SITES.real.contentDir, 'assessments/competencies.yaml'), 'utf8')) as {
    dimensions: { id: string }[];
  };
  const ratings = Object.fromEntries(instrument.dimensions.map((d, i) => [d.id, (i % 5) + 1]));
  const link = await encodeShare({
    format: 'fbe-share',
    version: 1,
    learner: '0f8fad5b-d9cb-469f-a165-70867728950e',
    sharedAt: '2026-11-20T10:00:00.000Z',
    assessments: {
      competencies: {
        attempts: [
          { completedAt: '2026-06-01T10:00:00.000Z', exercise: 'start-here-competency-baseline', ratings },
          { completedAt: '2026-11-01T10:00:00.000Z', exercise: 'capstone-competency-retake', ratings },
        ],
      },
    },
    reflections: { 'start-here-why-now': { text: 'A reason.', savedAt: '2026-11-01T10:00:00.000Z' } },
  });
  const transfers = recordTransfers(page);
  await page.goto(`shared/#${link}`);
  await expect(page.locator('.conversation-starters li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const script = total(transfers, 'script');
  console.log(`shared/ with a link open: JavaScript ${kilobytes(script)} of ${kilobytes(MENTOR_VIEW_SCRIPT_BUDGET)}`);
  expect(script).toBeLessThanOrEqual(MENTOR_VIEW_SCRIPT_BUDGET);
});

/**
 * My progress, with its dashboard drawn (every part of it is in the one island, so an empty browser loads all of
 * its code). Set when the share panel, the journal and the growth charts joined it: measured at 31.6 KB.
 */
const PROGRESS_SCRIPT_BUDGET = 34 * 1024;

test('My progress loads at most 34 KB of JavaScript', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto('progress/');
  await expect(page.locator('.share-panel')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const script = total(transfers, 'script');
  console.log(`progress/: JavaScript ${kilobytes(script)} of ${kilobytes(PROGRESS_SCRIPT_BUDGET)}`);
  expect(script).toBeLessThanOrEqual(PROGRESS_SCRIPT_BUDGET);
});

/**
 * The presenter screen of the longest session (scenario and case texts are in its page): its island and Preact only,
 * no progress code. Set when it was built: measured at 11.0 KB.
 */
const PRESENTER_SCRIPT_BUDGET = 15 * 1024;

test('a presenter screen loads at most 15 KB of JavaScript', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto('facilitator/closing/present/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const script = total(transfers, 'script');
  console.log(`facilitator/closing/present/: JavaScript ${kilobytes(script)} of ${kilobytes(PRESENTER_SCRIPT_BUDGET)}`);
  expect(script).toBeLessThanOrEqual(PRESENTER_SCRIPT_BUDGET);
});

/**
 * The script that registers the service worker and offers new versions (with the small module it imports), on a
 * lesson page before any interaction. Set when it was written: measured at 0.9 KB.
 */
const REGISTRATION_SCRIPT_BUDGET = 2 * 1024;

test('registering the service worker adds at most 2 KB of JavaScript to a page', async ({ page }) => {
  const transfers = recordTransfers(page);
  await page.goto(lessons[0]!);
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(
    transfers.filter((t) => t.type === 'script').map(async (t) => ({ ...t, text: await (await page.request.get(t.url)).text() })),
  );
  const registration = scripts.filter((s) => s.text.includes('serviceWorker.register'));
  expect(registration).toHaveLength(1);
  const imported = [...registration[0]!.text.matchAll(/from\s*"\.\/([^"]+)"/g)].map(([, file]) => `/${file}`);
  const modules = [...registration, ...scripts.filter((s) => imported.some((file) => s.url.endsWith(file)))];
  expect(modules).toHaveLength(1 + imported.length);
  const bytes = modules.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log(`service worker registration: JavaScript ${kilobytes(bytes)} of ${kilobytes(REGISTRATION_SCRIPT_BUDGET)}`);
  expect(bytes).toBeLessThanOrEqual(REGISTRATION_SCRIPT_BUDGET);
});
