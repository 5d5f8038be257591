import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, watchProblems } from '../support/e2e.ts';
import { CAPSTONE, ORIENTATION, hydrateAll, reflectionBox } from '../support/progress-pages.ts';
import { WCAG_TAGS } from '../support/axe.ts';

const site = useSite();
const BASELINE = '#exercise-start-here-competency-baseline';

/** Rates every dimension of a self-assessment with the keyboard alone: Tab into each radio group, arrows to choose. */
async function rateByKeyboard(page: Page, exercise: string, levels: number[]) {
  const start = page.locator(`${exercise} button`, { hasText: /Start the self-assessment|Take it again/ });
  await start.focus();
  await page.keyboard.press('Enter');
  // Starting moves focus to the first description of the first dimension.
  await page.waitForFunction((e) => document.activeElement?.matches(`${e} input[type="radio"]`), exercise);
  for (const [index, level] of levels.entries()) {
    if (index > 0) await page.keyboard.press('Tab'); // into the next group, on its first radio
    await page.keyboard.press('Space'); // level 1
    for (let i = 1; i < level; i++) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('See my results');
  await page.keyboard.press('Enter');
  await page.locator(`${exercise} svg.radar`).waitFor();
}

describe('self-assessment', () => {
  it('can be done by keyboard alone and shows a chart, a table, strongest and weakest, and lessons to read', async () => {
    const page = await site.page();
    const problems = await watchProblems(page);
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 3, 1, 4, 2, 5, 3]);
    const rows = await page.locator(`${BASELINE} tbody tr`).allTextContents();
    expect(rows).toEqual([
      'Systems thinking2',
      'Strategic thinking3',
      'Organisational design1',
      'People leadership at scale4',
      'Communication and influence2',
      'Financial acumen5',
      'Fighting entropy3',
    ]);
    const summary = await page.locator(`${BASELINE} .assessment-results`).textContent();
    expect(summary).toContain('Strongest: Financial acumen.');
    expect(summary).toContain('Weakest: Organisational design.');
    const advice = await page
      .locator(`${BASELINE} .assessment-results ul a`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(advice).toContain('/strategy-and-organisation/designing-teams/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it('keeps every attempt, and a retake shows the earlier one overlaid with the change per dimension', async () => {
    const page = await site.page();
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [1, 1, 1, 1, 1, 1, 2]);
    await page.reload();
    await hydrateAll(page);
    await rateByKeyboard(page, BASELINE, [2, 1, 3, 1, 1, 1, 2]);
    expect(await page.locator(`${BASELINE} polygon.radar-previous`).count()).toBe(1);
    expect(await page.locator(`${BASELINE} thead th`).allTextContents()).toEqual([
      'Dimension',
      'Before',
      'This attempt',
      'Change',
    ]);
    expect(await page.locator(`${BASELINE} tbody tr`).first().textContent()).toBe('Systems thinking12+1');
    expect(await page.locator(`${BASELINE} tbody tr`).nth(2).textContent()).toBe('Organisational design13+2');
    expect(await page.locator(`${BASELINE} tbody tr`).nth(1).textContent()).toBe('Strategic thinking11no change');

    // The capstone compares its retake with the first attempt, the baseline.
    await page.goto(site.url + CAPSTONE);
    await hydrateAll(page);
    await rateByKeyboard(page, '#exercise-capstone-competency-retake', [4, 4, 4, 4, 4, 4, 4]);
    expect(await page.locator('#exercise-capstone-competency-retake tbody tr').first().textContent()).toBe(
      'Systems thinking14+3',
    );
    expect(await page.locator('#exercise-capstone-competency-retake .chart-key').textContent()).toContain('your first attempt');

    await page.goto(`${site.url}progress/`);
    const history = page.locator('.attempt-history').first();
    await history.waitFor();
    expect(await history.locator('thead th').count()).toBe(4);
    expect(await history.locator('svg[role="img"]').first().getAttribute('aria-label')).toBe(
      'Systems thinking: 1, then 2, then 4',
    );
  });

  it('keeps choices made so far when the page is reloaded part way', async () => {
    const page = await site.page();
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    await page.locator(`${BASELINE} button`, { hasText: 'Start the self-assessment' }).click();
    await page.locator(`${BASELINE} fieldset`).nth(1).locator('input').nth(3).check();
    await page.reload();
    await hydrateAll(page);
    await page.locator(`${BASELINE} fieldset`).first().waitFor();
    expect(await page.locator(`${BASELINE} fieldset`).nth(1).locator('input').nth(3).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'See my results' }).first().click();
    await expect
      .poll(() => page.locator(`${BASELINE} [role="status"]`).textContent())
      .toMatch(/6 still to do, starting with Systems thinking/);
  });
});

describe('decision scenario', () => {
  it('gives the rationale of every option after a choice, announces it, keeps it, and allows another try', async () => {
    const page = await site.page();
    await page.goto(site.url + ORIENTATION);
    await hydrateAll(page);
    const scenario = page.locator('#exercise-start-here-the-weekend-fix');
    const radios = scenario.locator('input[type="radio"]');
    await radios.first().focus();
    await page.keyboard.press('ArrowDown'); // choose the second option by keyboard
    await scenario.getByRole('button', { name: 'Check my choice' }).click();
    const feedback = scenario.locator('.scenario-feedback');
    await feedback.waitFor();
    const optionCount = await scenario.locator('.scenario-options > li').count();
    expect(optionCount).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < optionCount; i++)
      expect((await scenario.locator('.scenario-options > li').nth(i).locator('p').nth(1).textContent())!.length).toBeGreaterThan(
        40,
      );
    expect(await scenario.locator('[role="status"]').textContent()).toMatch(/^You chose: .+/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('scenario-feedback'))).toBe(true);

    await page.reload();
    await hydrateAll(page);
    expect(await scenario.locator('.chosen .tag').first().textContent()).toBe('Your choice');
    await scenario.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => radios.first().evaluate((r) => r === document.activeElement)).toBe(true);
    expect(await scenario.locator('.scenario-feedback').count()).toBe(0);
  });
});

describe('commitments', () => {
  it('are added with a target, edited, ticked off and removed', async () => {
    const page = await site.page();
    await page.goto(site.url + CAPSTONE);
    await hydrateAll(page);
    const plan = page.locator('#exercise-capstone-plan');
    await plan.getByLabel('Action').fill('Hold a skip-level with every team');
    await plan.getByLabel('Target').selectOption('Day 60');
    await plan.getByRole('button', { name: 'Add' }).click();
    await plan.getByLabel('Action').fill('Write the <i>team charter</i>');
    await plan.getByRole('button', { name: 'Add' }).click();
    expect(await plan.locator('section', { hasText: 'By day 60' }).locator('li').textContent()).toContain(
      'Hold a skip-level with every team',
    );
    expect(await plan.locator('section', { hasText: 'By day 30' }).locator('li').textContent()).toContain(
      'Write the <i>team charter</i>',
    );

    await plan.getByRole('button', { name: 'Edit: Hold a skip-level with every team' }).click();
    await plan.locator('.commitment-edit input').fill('Hold a skip-level with every team lead');
    await page.keyboard.press('Enter');
    await plan.getByRole('checkbox', { name: 'Hold a skip-level with every team lead' }).check();
    await expect
      .poll(() => plan.locator('[role="status"]').first().textContent())
      .toBe('Hold a skip-level with every team lead: done.');
    await plan.getByRole('button', { name: 'Remove: Write the <i>team charter</i>' }).click();

    await page.reload();
    await hydrateAll(page);
    expect(await plan.locator('.commitment-list li').count()).toBe(1);
    expect(await plan.getByRole('checkbox', { name: 'Hold a skip-level with every team lead' }).isChecked()).toBe(true);
    await page.goto(`${site.url}progress/`);
    expect(await page.locator('.commitment-summary li').textContent()).toBe(
      'Hold a skip-level with every team lead (Day 60) Done',
    );
  });
});

describe('lesson completion', () => {
  it('shows in the sidebar, the course map and the module page from one store, with the state in the accessible name', async () => {
    const page = await site.page();
    await page.goto(`${site.url}strategy-and-organisation/designing-teams/`);
    await hydrateAll(page);
    const toggle = page.getByRole('button', { name: 'Mark as complete' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('link', { name: 'Designing teams, completed', exact: true }).count()).toBe(1);
    expect(await page.locator('.sidebar [data-module-progress]').nth(2).textContent()).toBe('1 of 3 completed (33%)');

    await page.goto(site.url);
    expect(await page.getByRole('link', { name: 'Designing teams, completed', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Continue where you left off: Designing teams' }).getAttribute('href')).toMatch(
      /\/strategy-and-organisation\/designing-teams\/$/,
    );
    expect(await page.locator('.course-map [data-module-progress]').nth(2).textContent()).toBe('1 of 3 completed (33%)');
    await page.goto(`${site.url}strategy-and-organisation/`);
    expect(await page.locator('main [data-module-progress]').textContent()).toBe('1 of 3 completed (33%)');

    await page.goto(`${site.url}progress/`);
    expect(await page.locator('.big-figure').textContent()).toMatch(/^1 of 19 lessons/);
    expect(await page.getByRole('link', { name: /Continue where you left off: Designing teams/ }).count()).toBe(1);
  });
});

describe('accessibility of the exercises', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violations before and after every exercise is done (%s theme)',
    async (colorScheme) => {
      const page = await site.page({ colorScheme });
      const check = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      for (const path of [ORIENTATION, CAPSTONE]) {
        await page.goto(site.url + path);
        await hydrateAll(page);
        await check();
      }
      // Do everything on the orientation page, then check again.
      await page.goto(site.url + ORIENTATION);
      await hydrateAll(page);
      await (await reflectionBox(page)).fill('A reflection.');
      await rateByKeyboard(page, BASELINE, [1, 2, 3, 4, 5, 4, 3]);
      await rateByKeyboard(page, '#exercise-start-here-week-split', [1, 2, 3, 4]);
      const scenario = page.locator('#exercise-start-here-the-weekend-fix');
      await scenario.locator('input[type="radio"]').first().check();
      await scenario.getByRole('button', { name: 'Check my choice' }).click();
      await page.getByRole('button', { name: 'Mark as complete' }).click();
      await check();
      await page.goto(`${site.url}progress/`);
      await page.locator('.attempt-history').first().waitFor();
      await check();
    },
  );
});
