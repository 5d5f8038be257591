import { test, expect } from '../support/test.ts';
import { LESSON } from '../support/fixture-course.ts';

test.describe('print', () => {
  test('prints a lesson without navigation, with link targets and headings kept with their text', async ({ page }) => {
    await page.goto(LESSON);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.sidebar', '.toc-aside', '.toc-inline', '.prev-next', '.breadcrumbs', '.site-footer', '.skip-link'].map(
        (s) => [s, getComputedStyle(document.querySelector(s)!).display],
      ),
    );
    expect(hidden.filter(([, display]) => display !== 'none')).toEqual([]);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.takeaways')).toBeVisible();

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
