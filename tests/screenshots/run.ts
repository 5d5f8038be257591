import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { buildSite } from '../support/build-sites.ts';
import { PROJECT_ROOT, SITES } from '../support/sites.ts';
import { isLesson, sitemapPaths } from '../support/sitemap.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * `npm run screenshots`: full-page PNGs of every page type of the real course at three widths in both themes, for
 * people to review a change by eye. Writes to screenshots/ (not committed). `--reuse-build` uses dist/ as it is.
 * A returning learner's home and My progress are taken too, with a little saved progress.
 */
const WIDTHS = [390, 1280, 1920];
const THEMES = ['light', 'dark'] as const;
const OUT = join(PROJECT_ROOT, 'screenshots');

if (!process.argv.includes('--reuse-build')) buildSite('real');
const paths = sitemapPaths('real');
const lessons = paths.filter(isLesson);
const withSelfAssessment = lessons.find((p) => p.startsWith('orientation/')) ?? lessons[0]!;
const pageTypes: [name: string, path: string][] = [
  ['home', ''],
  ['module', paths.find((p) => p.split('/').length === 2 && !/^(glossary|references|progress|design)\//.test(p)) ?? ''],
  ['lesson', lessons[1] ?? lessons[0]!],
  ['lesson-with-self-assessment', withSelfAssessment],
  ['assessment-levels', paths.find((p) => p.startsWith('assessments/')) ?? ''],
  ['progress', 'progress/'],
  ['glossary', 'glossary/'],
  ['references', 'references/'],
  ['not-found', 'no-such-page/'],
  ['design', 'design/'],
];

/** Marks the first two lessons visited and one completed, as a returning learner's browser would hold them. */
async function seedReturningLearner(page: Page) {
  const [first, second] = lessons.map((p) => p.split('/')[1]!);
  await page.evaluate(
    ([a, b]) => {
      const at = new Date().toISOString();
      localStorage.setItem('fbe:version', '3');
      localStorage.setItem(`fbe:lesson:${a}`, JSON.stringify({ completedAt: at, visitedAt: at }));
      localStorage.setItem(`fbe:lesson:${b}`, JSON.stringify({ visitedAt: at }));
    },
    [first, second],
  );
}

const site = await serveStatic(SITES.real.outDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      const shoot = async (name: string, path: string) => {
        await page.goto(site.url + path);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: join(OUT, `${name}-${width}-${theme}.png`), fullPage: true });
        count++;
      };
      for (const [name, path] of pageTypes) await shoot(name, path);
      await seedReturningLearner(page);
      await shoot('home-returning', '');
      await shoot('progress-returning', 'progress/');
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`Wrote ${count} screenshots to ${OUT}`);
