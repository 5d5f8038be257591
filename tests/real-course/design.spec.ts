import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test.ts';
import { parseTokens } from '../../src/lib/design-tokens.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const tokens = parseTokens(readFileSync('src/styles/tokens.css', 'utf8'));
const colours = tokens.filter((t) => t.group === 'colour');

test.describe('the design system page', () => {
  test('shows every colour token in each theme, each swatch drawn in its own colour, and the themes differ', async ({ page }) => {
    await page.goto('design/');
    const drawn = await page.evaluate(
      (names) =>
        ['light', 'dark'].map((scheme) => {
          const panel = document.querySelector(`.scheme-${scheme}`)!;
          // The token's value resolved in the panel's scheme, by a probe element inside the panel.
          const probe = panel.appendChild(document.createElement('span'));
          const swatches = Object.fromEntries(
            names.map((name) => {
              probe.style.setProperty('background-color', `var(${name})`);
              const expected = getComputedStyle(probe).backgroundColor;
              const swatch = panel.querySelector(`[data-colour="${name}"]`);
              return [name, { expected, drawn: swatch && getComputedStyle(swatch).backgroundColor }];
            }),
          );
          probe.remove();
          return swatches;
        }),
      colours.map((t) => t.name),
    );
    const [light, dark] = drawn as [Record<string, { expected: string; drawn: string | null }>, (typeof drawn)[0]];
    for (const { name } of colours) {
      expect(light[name]!.drawn, `${name} in the light theme`).toBe(light[name]!.expected);
      expect(dark[name]!.drawn, `${name} in the dark theme`).toBe(dark[name]!.expected);
      expect(light[name]!.expected, `${name} differs between themes`).not.toBe(dark[name]!.expected);
    }
  });

  test('lists every token with its value', async ({ page }) => {
    await page.goto('design/');
    const rows = page.locator('.all-tokens tbody tr');
    await expect(rows.locator('th')).toHaveText(tokens.map((t) => t.name));
    await expect(rows.locator('td:last-child')).toHaveText(tokens.map((t) => t.value));
  });

  test('is kept out of the sitemap and of search engines', async ({ page }) => {
    expect(sitemapPaths('real')).not.toContain('design/');
    await page.goto('design/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  });
});
