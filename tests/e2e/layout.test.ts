import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { hydrateAll } from '../support/progress-pages.ts';

const site = useSite();
const PAGES = [
  '',
  'the-shift/',
  'the-shift/from-output-to-leverage/',
  'process-culture-road-ahead/capstone/',
  'progress/',
  'glossary/',
  'references/',
  '404.html',
];

describe('small screens and zoom', () => {
  // 320 px is a phone, and also a 1280 px window at 400% zoom; 640 px is that window at 200% zoom.
  it.each(
    PAGES.flatMap(
      (p) =>
        [
          [p, 320],
          [p, 640],
        ] as const,
    ),
  )('%s at %i px wide has no sideways scrolling', async (path, width) => {
    const page = await site.page({ viewport: { width, height: 600 } });
    await page.goto(site.url + path);
    await hydrateAll(page); // exercises and My progress render their interactive parts
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  it('folds the course contents into a disclosure on a phone and shows them beside the lesson on a desktop', async () => {
    const phone = await site.page({ viewport: { width: 360, height: 700 } });
    await phone.goto(`${site.url}the-shift/from-output-to-leverage/`);
    expect(await phone.locator('.sidebar a[aria-current="page"]').isVisible()).toBe(false);
    await phone.locator('.sidebar > summary').click();
    expect(await phone.locator('.sidebar a[aria-current="page"]').isVisible()).toBe(true);

    const desktop = await site.page({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(`${site.url}the-shift/from-output-to-leverage/`);
    expect(await desktop.locator('.sidebar > summary').isVisible()).toBe(false);
    expect(await desktop.locator('.sidebar a[aria-current="page"]').isVisible()).toBe(true);
  });
});

describe('motion', () => {
  it('scrolls smoothly only when the reader has not asked for reduced motion', async () => {
    const calm = await site.page({ reducedMotion: 'reduce' });
    await calm.goto(site.url);
    expect(await calm.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const moving = await site.page({ reducedMotion: 'no-preference' });
    await moving.goto(site.url);
    expect(await moving.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});

describe('print', () => {
  it('prints a lesson without navigation, with link targets and headings kept with their text', async () => {
    const page = await site.page();
    await page.goto(`${site.url}the-shift/prevent-dont-just-solve/`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.sidebar', '.toc-aside', '.toc-inline', '.prev-next', '.breadcrumbs', '.site-footer', '.skip-link'].map(
        (s) => [s, getComputedStyle(document.querySelector(s)!).display],
      ),
    );
    expect(hidden.filter(([, display]) => display !== 'none')).toEqual([]);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.takeaways').isVisible()).toBe(true);

    const external = page.locator('main a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    expect(
      await page
        .locator('.lesson-body h2')
        .first()
        .evaluate((h) => getComputedStyle(h).breakAfter),
    ).toBe('avoid-page');

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
