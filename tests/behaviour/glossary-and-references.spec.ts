import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from '../support/test.ts';
import { SITES } from '../support/sites.ts';

const glossary = parse(readFileSync(`${SITES.fixture.contentDir}/glossary.yaml`, 'utf8')) as { term: string }[];

test.describe('glossary', () => {
  test('lists every term, each linking to the lesson that teaches it', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.locator('dl.glossary dt')).toHaveCount(glossary.length);
    await Promise.all([page.waitForURL('**/practice/third-lesson/'), page.locator('dt#paved-road + dd a').click()]);
  });
});

test.describe('references', () => {
  test('lists every cited work once, each linking back to the lessons that cite it', async ({ page }) => {
    await page.goto('references/');
    const titles = await page.locator('ol.references cite').allTextContents();
    // The fixture's lessons cite two works between them, and its two toolkit templates one more.
    expect(titles).toHaveLength(3);
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(titles.length);
    const grove = page.locator('ol.references > li').filter({ hasText: 'High Output Management' });
    await expect(grove).toHaveCount(1);
    await expect(grove.locator('.meta a')).toHaveCount(2);
    await Promise.all([
      page.waitForURL('**/foundations/first-lesson/'),
      grove.getByRole('link', { name: 'First lesson' }).click(),
    ]);
  });

  test('lists the works the toolkit cites, each linking to its templates', async ({ page }) => {
    await page.goto('references/');
    const source = page.locator('ol.references > li').filter({ hasText: 'A Fixture Source' });
    await expect(source.locator('.meta a')).toHaveText(['Team budget sheet (toolkit)', 'Short checklist (toolkit)']);
    await Promise.all([
      page.waitForURL('**/toolkit/short-checklist/'),
      source.getByRole('link', { name: 'Short checklist (toolkit)' }).click(),
    ]);
  });
});
