import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { LESSON, WORD_IN_ONE_LESSON } from '../support/fixture-course.ts';

test.describe('search', () => {
  test('loads none of its code or styles until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|search-ui|search\./.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.locator('.search-dialog[open]')).toBeVisible();
    await expect.poll(() => requested.filter((u) => /pagefind\.js/.test(u)).length).toBe(1);
    await expect.poll(() => requested.some((u) => /search\.[\w-]+\.css$/.test(u))).toBe(true);
  });

  test('finds a lesson by a word that appears only in its body, by keyboard alone', async ({ page, problems }) => {
    const { word, path } = WORD_IN_ONE_LESSON;
    await page.goto('');
    await page.keyboard.press('Control+k');
    await expect(page.locator('.search-dialog[open]')).toBeVisible();
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.type(word);
    const results = page.locator('.search-results a');
    await expect(results).toHaveCount(1);
    const first = results.first();
    await expect(first).toHaveAttribute('href', `/${path}`);
    await expect(first.locator('.result-title')).not.toBeEmpty();
    await expect(first.locator('.result-module')).not.toBeEmpty();
    await expect(first.locator('.result-excerpt mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
    await expect(page.locator('.search-status')).toHaveText('1 lesson found');

    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search-results :focus')).toHaveCount(1);
    // Pagefind's WebAssembly and worker run under the page's Content-Security-Policy.
    expect(problems).toEqual(NO_PROBLEMS);
    await Promise.all([page.waitForURL(`**/${path}`), page.keyboard.press('Enter')]);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('zzqxjv');
    await expect(page.locator('.search-status')).toHaveText('No lessons match “zzqxjv”');
  });

  test('closes with Escape and returns focus to the button that opened it', async ({ page }) => {
    await page.goto('');
    await page.locator('.search-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.search-dialog[open]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-dialog')).not.toHaveAttribute('open');
    await expect(page.locator('.search-button')).toBeFocused();
  });

  test('indexes lesson bodies only, not navigation, exercises or section links', async ({ page }) => {
    await page.goto('');
    await page.keyboard.press('/');
    // "Module overview" is in every sidebar; exercise boxes say "Decision scenario"; every section's link is named
    // "Link to the section" for screen readers.
    for (const phrase of ['Module overview', 'Decision scenario', 'Link to the section']) {
      // A query that matches nothing first, so the status read next belongs to the phrase, not the query before.
      await page.locator('#search-input').fill('zzqxjv');
      await expect(page.locator('.search-status')).toHaveText('No lessons match “zzqxjv”');
      await page.locator('#search-input').fill(phrase);
      await expect(page.locator('.search-status')).toHaveText(new RegExp(`^No lessons match “${phrase}”$|found$`));
      const excerpts = await page.locator('.search-results .result-excerpt').allTextContents();
      expect(excerpts.join(' ')).not.toContain(phrase);
    }
  });
});
