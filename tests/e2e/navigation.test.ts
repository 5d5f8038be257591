import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/e2e.ts';

const site = useSite();

/**
 * Presses Tab until the focused element matches the selector (and has the text, if given), as a keyboard user
 * would; fails after `limit` presses.
 */
async function tabTo(page: Page, selector: string, limit = 60, text?: string) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([s, t]) =>
        (document.activeElement?.matches(s!) ?? false) &&
        (!t || (document.activeElement?.textContent?.trim().startsWith(t) ?? false)),
      [selector, text],
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard navigation', () => {
  it('starts with a skip link that moves focus to the main content', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('moves through the sidebar to another lesson, which the sidebar then marks as current', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    const current = page.locator('.sidebar a[aria-current="page"]');
    expect(await current.textContent()).toContain('From output to leverage');
    const open = await page.locator('.sidebar details.module-group[open] > summary').allTextContents();
    expect(open.map((t) => t.trim().split(/\s+\d/)[0])).toEqual(['The shift']);

    await tabTo(page, '.sidebar a[href$="/the-shift/prevent-dont-just-solve/"]');
    await Promise.all([page.waitForURL('**/the-shift/prevent-dont-just-solve/'), page.keyboard.press('Enter')]);
    expect(await page.locator('.sidebar a[aria-current="page"]').textContent()).toContain("Prevent, don't just solve");
    expect(await page.locator('h1').textContent()).toBe("Prevent, don't just solve");
  });

  it('opens another module in the sidebar with the keyboard', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    await tabTo(page, '.sidebar summary', 60, 'Strategy and organisation');
    await page.keyboard.press('Enter');
    await tabTo(page, '.sidebar a[href$="/strategy-and-organisation/designing-teams/"]', 10);
    await Promise.all([page.waitForURL('**/designing-teams/'), page.keyboard.press('Enter')]);
  });

  it('follows next and previous across a module boundary', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/the-system-of-engineering/`);
    await tabTo(page, '.prev-next a[rel="next"]', 200);
    await Promise.all([page.waitForURL('**/strategy-and-organisation/from-vision-to-roadmap/'), page.keyboard.press('Enter')]);
    await tabTo(page, '.prev-next a[rel="prev"]', 200);
    await Promise.all([page.waitForURL('**/the-shift/the-system-of-engineering/'), page.keyboard.press('Enter')]);
  });

  it('has no previous link on the first lesson', async () => {
    const page = await site.page();
    await page.goto(`${site.url}orientation/start-here/`);
    expect(await page.locator('.prev-next a[rel="prev"]').count()).toBe(0);
    expect(await page.locator('.prev-next a[rel="next"]').getAttribute('href')).toMatch(
      /\/the-shift\/from-output-to-leverage\/$/,
    );
  });
});

describe('deep links', () => {
  it('scroll to their heading, below the sticky header', async () => {
    const lesson = `${site.url}the-shift/from-output-to-leverage/`;
    const first = await site.page();
    await first.goto(lesson);
    const target = (await first.locator('.heading-wrapper.level-2 .heading-anchor').nth(2).getAttribute('href'))!;

    const page = await site.page();
    await page.goto(lesson + target);
    const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
    const headingTop = () => page.locator(target).evaluate((h) => Math.round(h.getBoundingClientRect().top));
    await expect.poll(headingTop).toBeGreaterThanOrEqual(Math.floor(headerBottom));
    await expect.poll(headingTop).toBeLessThan(headerBottom + 80);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
  });

  it('mark the section in view in the table of contents', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/from-output-to-leverage/`);
    const links = page.locator('.toc-aside a');
    const last = (await links.count()) - 1;
    const lastHash = (await links.nth(last).getAttribute('href'))!;
    await page.locator(lastHash).scrollIntoViewIfNeeded();
    await page.evaluate((h) => document.querySelector(h)!.scrollIntoView({ block: 'start' }), lastHash);
    await expect.poll(() => page.locator('.toc-aside a[aria-current="true"]').getAttribute('href')).toBe(lastHash);
  });
});
