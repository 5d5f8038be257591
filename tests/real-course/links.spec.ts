import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '../support/test.ts';
import { SITES } from '../support/sites.ts';

const dist = SITES.real.outDir;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Whether a site path resolves to a file a static host would serve, and whether its #fragment exists there. */
function resolves(url: URL): boolean {
  let file = join(dist, decodeURIComponent(url.pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return false;
  if (!url.hash) return true;
  const id = decodeURIComponent(url.hash.slice(1));
  return readFileSync(file, 'utf8').includes(`id="${id}"`);
}

// Read from the build on disk: no browser needed.
const pages = htmlFiles(dist).map((p) => relative(dist, p));

test('finds the pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

for (const page of pages) {
  test(`${page}: every internal link, anchor and asset resolves`, () => {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(`http://site.test/${page.replace(/index\.html$/, '')}`);
    const references = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map(([, value]) => value!.replace(/&amp;/g, '&'));
    const broken = references
      .map((ref) => new URL(ref, pageUrl))
      .filter((url) => url.origin === pageUrl.origin)
      .filter((url) => !resolves(url))
      .map((url) => url.pathname + url.hash);
    expect(broken).toEqual([]);
  });
}
