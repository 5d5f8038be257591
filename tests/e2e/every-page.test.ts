import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { sitemapPaths, useSite, watchProblems } from '../support/e2e.ts';
import { WCAG_TAGS } from '../support/axe.ts';

const site = useSite();
const paths = ['404.html', ...sitemapPaths()];

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  it.each(paths)('%s: no axe violations, console errors or CSP violations', async (path) => {
    const page = await site.page({ colorScheme });
    const problems = await watchProblems(page);
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });
});

it('checks every page the sitemap lists, and there are pages to check', () => {
  expect(paths.length).toBeGreaterThan(20);
});
