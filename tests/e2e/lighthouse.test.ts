import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { SITES } from '../support/sites.ts';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The target is 100 everywhere; performance may dip a little on a busy machine, the others must not. */
const MINIMUM: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

let site: StaticSite;
const reports = mkdtempSync(join(tmpdir(), 'fbe-lighthouse-'));
beforeAll(async () => {
  site = await serveStatic(SITES.root.outDir);
});
afterAll(async () => {
  await site.close();
  rmSync(reports, { recursive: true, force: true });
});

describe('Lighthouse (offline, Debian Chromium)', () => {
  it.each([
    ['home page', ''],
    ['lesson page', 'the-shift/from-output-to-leverage/'],
  ])(
    '%s scores',
    async (name, path) => {
      const output = join(reports, `${name.replace(/\W/g, '-')}.json`);
      await run(
        process.execPath,
        [
          'node_modules/lighthouse/cli/index.js',
          site.url + path,
          '--quiet',
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 90_000 },
      );
      const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: Record<string, { score: number }> };
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)]));
      console.log(`Lighthouse ${name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      for (const category of CATEGORIES) expect(scores[category], category).toBeGreaterThanOrEqual(MINIMUM[category]);
    },
    120_000,
  );
});
