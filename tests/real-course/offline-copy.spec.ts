import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '../support/test.ts';
import { kilobytes } from '../support/budget.ts';
import { SITES } from '../support/sites.ts';
import { presenterPaths, sitemapPaths } from '../support/sitemap.ts';

/**
 * What a learner's browser downloads in the background after the first visit, to have the whole course offline:
 * measured as a static host sends it (gzip). Set when the service worker arrived: 1.16 MB for 24 lessons and the
 * toolkit, most of it the pages and the search index.
 */
const OFFLINE_COPY_BUDGET = 2 * 1024 * 1024;

const dist = SITES.real.outDir;
const precache = JSON.parse(/const PRECACHE = (.*);/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!) as {
  url: string;
  revision: string;
}[];

test.describe('the offline copy of the real course', () => {
  test('holds every page, including the presenter screens and the offline page', () => {
    const held = new Set(precache.map((entry) => entry.url));
    const pages = [...sitemapPaths('real'), ...presenterPaths('real'), 'shared/', 'facilitator/cohort/', 'offline/'];
    expect(pages.filter((path) => !held.has(`${path}index.html`))).toEqual([]);
    expect(held.has('pagefind/pagefind.js')).toBe(true);
  });

  test(`stays within ${kilobytes(OFFLINE_COPY_BUDGET)} as sent`, () => {
    let raw = 0;
    let sent = 0;
    for (const { url } of precache) {
      const bytes = readFileSync(join(dist, url));
      raw += bytes.length;
      sent += gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`offline copy: ${precache.length} files, ${kilobytes(raw)} on disk, ${kilobytes(sent)} as sent (gzip)`);
    expect(sent).toBeLessThanOrEqual(OFFLINE_COPY_BUDGET);
  });
});
