import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite, watchProblems } from '../support/e2e.ts';
import { SITES } from '../support/sites.ts';

const site = useSite();

/** The text of each built lesson's body (the element Pagefind indexes), found from dist, not from a list. */
function lessonBodies(): Map<string, string> {
  const bodies = new Map<string, string>();
  const dist = SITES.root.outDir;
  for (const module of readdirSync(dist, { withFileTypes: true })) {
    if (!module.isDirectory() || module.name.startsWith('_') || module.name === 'pagefind') continue;
    for (const lesson of readdirSync(join(dist, module.name), { withFileTypes: true })) {
      if (!lesson.isDirectory()) continue;
      const html = readFileSync(join(dist, module.name, lesson.name, 'index.html'), 'utf8');
      const body = /<div class="lesson-body"[^>]*>([\s\S]*?)<\/div>\s*<section class="panel takeaways"/.exec(html)?.[1];
      if (body) bodies.set(`${module.name}/${lesson.name}/`, body.replace(/<[^>]+>/g, ' '));
    }
  }
  return bodies;
}

/** A long word that occurs in exactly one lesson's body: the search must find that lesson. */
function wordInOneLesson(): { word: string; path: string } {
  const bodies = lessonBodies();
  const seen = new Map<string, Set<string>>();
  for (const [path, text] of bodies) {
    for (const word of text.toLowerCase().match(/\b[a-z]{9,}\b/g) ?? []) {
      if (!seen.has(word)) seen.set(word, new Set());
      seen.get(word)!.add(path);
    }
  }
  // The word must not appear anywhere else on any page either (titles, descriptions, navigation).
  const everywhere = [...bodies.keys()].map((p) => readFileSync(join(SITES.root.outDir, p, 'index.html'), 'utf8').toLowerCase());
  for (const [word, paths] of seen) {
    if (paths.size !== 1) continue;
    const [path] = [...paths];
    if (everywhere.filter((html) => html.includes(word)).length === 1) return { word, path: path! };
  }
  throw new Error('No word occurs in exactly one lesson');
}

describe('search', () => {
  it('loads none of its code or styles until it is opened', async () => {
    const page = await site.page();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|search-ui|search\./.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('.search-dialog[open]').waitFor();
    await expect.poll(() => requested.filter((u) => /pagefind\.js/.test(u)).length).toBe(1);
    expect(requested.some((u) => /search\.[\w-]+\.css$/.test(u))).toBe(true);
  });

  it('finds a lesson by a word that appears only in its body, by keyboard alone', async () => {
    const { word, path } = wordInOneLesson();
    const page = await site.page();
    const problems = await watchProblems(page);
    await page.goto(site.url);
    await page.keyboard.press('Control+k');
    await page.locator('.search-dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type(word);
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    expect(await page.locator('.search-results a').count()).toBe(1);
    expect(await first.getAttribute('href')).toBe(`/${path}`);
    expect(await first.locator('.result-title').textContent()).toBeTruthy();
    expect(await first.locator('.result-module').textContent()).toBeTruthy();
    expect((await first.locator('.result-excerpt mark').first().textContent())?.toLowerCase()).toBe(word);
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('1 lesson found');

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    // Pagefind's WebAssembly and worker run under the page's Content-Security-Policy.
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await Promise.all([page.waitForURL(`**/${path}`), page.keyboard.press('Enter')]);
  });

  it('says so when nothing matches', async () => {
    const page = await site.page();
    await page.goto(site.url);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('zzqxjv');
    await expect.poll(() => page.locator('.search-status').textContent()).toBe('No lessons match “zzqxjv”');
  });

  it('closes with Escape and returns focus to the button that opened it', async () => {
    const page = await site.page();
    await page.goto(site.url);
    await page.locator('.search-button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.search-dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
  });

  it('indexes lesson bodies only, not navigation or exercises', async () => {
    const page = await site.page();
    await page.goto(site.url);
    await page.keyboard.press('/');
    // "Module overview" is in every sidebar; exercise boxes say "Decision scenario".
    for (const phrase of ['Module overview', 'Decision scenario']) {
      await page.locator('#search-input').fill(phrase);
      await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/^No lessons match|found$/);
      const titles = await page.locator('.search-results .result-excerpt').allTextContents();
      expect(titles.join(' ')).not.toContain(phrase);
    }
  });
});
