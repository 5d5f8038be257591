import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { buildSite } from '../support/build-sites.ts';
import { SITES } from '../support/sites.ts';
import { isLesson, sitemapPaths } from '../support/sitemap.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * Lighthouse, offline, on the real course's home page and first lesson, in Debian's Chromium. Prints all four
 * scores; fails only on the categories a page's code decides (accessibility, best practices, SEO must be 100).
 * Performance is printed, not judged: it moves with the machine's load (a busy two-core machine scored 83).
 *
 * `--reuse-build` uses dist/ as the browser tests just built it; otherwise the real course is built first.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const REQUIRED: Partial<Record<Category, number>> = { accessibility: 100, 'best-practices': 100, seo: 100 };

const run = promisify(execFile);

async function scores(url: string, reportFile: string): Promise<Record<Category, number>> {
  await run(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${reportFile}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 120_000 },
  );
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { categories: Record<Category, { score: number }> };
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)])) as Record<Category, number>;
}

if (!process.argv.includes('--reuse-build')) buildSite('real');
const firstLesson = sitemapPaths('real').find(isLesson);
if (!firstLesson) throw new Error('The real course has no lesson in its sitemap');
const pages = [
  ['home page', ''],
  ['lesson page', firstLesson],
] as const;

const site = await serveStatic(SITES.real.outDir);
const reports = mkdtempSync(join(tmpdir(), 'fbe-lighthouse-'));
const failures: string[] = [];
try {
  for (const [name, path] of pages) {
    const result = await scores(site.url + path, join(reports, `${name.replace(/\W/g, '-')}.json`));
    console.log(`Lighthouse ${name} (/${path}): ${CATEGORIES.map((c) => `${c} ${result[c]}`).join(', ')}`);
    for (const [category, minimum] of Object.entries(REQUIRED)) {
      if (result[category as Category] < minimum)
        failures.push(`${name}: ${category} ${result[category as Category]}, needs ${minimum}`);
    }
  }
} finally {
  await site.close();
  rmSync(reports, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`Lighthouse scores below the required minimum:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('Lighthouse: accessibility, best practices and SEO are 100 on every page checked.');
}
