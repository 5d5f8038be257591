import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { axeViolations } from '../support/axe.ts';
import { hydrateIslandsInView } from '../support/islands.ts';
import { presenterPaths, sitemapPaths } from '../support/sitemap.ts';

/**
 * The design system's page, the mentor view and the cohort dashboard (empty until links are opened), and the
 * presenter screens are left out of the sitemap on purpose.
 */
const paths = ['404.html', 'design/', 'shared/', 'facilitator/cohort/', ...presenterPaths('real'), ...sitemapPaths('real')];
/** A desktop window and a phone: the layout, and what scrolls, differ between them. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];
const THEMES = ['light', 'dark'] as const;

test('checks every page the sitemap lists, and there are pages to check', () => {
  expect(paths.length).toBeGreaterThan(20);
});

// One test per page, run in parallel; each loads its page once per size and switches the theme in place, as the page
// does when the system's theme changes (the first paint's theme is tested in tests/behaviour/theme.spec.ts).
for (const path of paths) {
  test(`${path}: no axe violations in either theme at either size, no console errors or CSP violations`, async ({
    page,
    problems,
  }) => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: THEMES[0] });
      await page.goto(path);
      await hydrateIslandsInView(page);
      // Every rule in the first theme; in the second, the rules its colours can change.
      for (const [i, colorScheme] of THEMES.entries()) {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const violations = await axeViolations(page, { colourOnly: i > 0 });
        expect.soft(violations, `${viewport.width}x${viewport.height}, ${colorScheme} theme`).toEqual([]);
      }
    }
    expect(problems).toEqual(NO_PROBLEMS);
  });
}
