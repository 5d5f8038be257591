import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { fillStorage, hydrateAll, passTheSavePause, reflectionBox, seedStorage } from '../support/islands.ts';
import { LESSON, ORIENTATION } from '../support/fixture-course.ts';

const REFLECTION_KEY = 'fbe:reflection:first-lesson-week-audit';

test.describe('nothing a learner writes is lost', () => {
  test('keeps a reflection across a reload, with its status announced', async ({ page }) => {
    await page.clock.install();
    await page.goto(LESSON);
    const box = await reflectionBox(page);
    await box.fill('Most of my week went on code review.');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
    await page.reload();
    await expect(await reflectionBox(page)).toHaveValue('Most of my week went on code review.');
    await expect(page.locator('.reflection .exercise-meta').first()).toHaveText(/8 words.*Last saved/);
  });

  test('keeps text typed just before the tab was closed', async ({ page, context }) => {
    await page.goto(LESSON);
    const box = await reflectionBox(page);
    await box.focus();
    await page.keyboard.type('Typed and closed at once');
    // Closing with beforeunload returns before the page has gone: wait until it has, so its last save is done.
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    const reopened = await context.newPage();
    await reopened.goto(LESSON);
    await expect(await reflectionBox(reopened)).toHaveValue('Typed and closed at once');
  });

  test('keeps two tabs in step: a clash ends with both tabs and storage holding the text the learner chose', async ({
    context,
  }) => {
    // Headless pages all report focus; which tab the learner is looking at is set by the test (`attending`).
    await context.addInitScript(() => {
      document.hasFocus = () => (window as { attending?: boolean }).attending ?? false;
    });
    const attend = (page: Page, attending: boolean) =>
      page.evaluate((value) => ((window as { attending?: boolean }).attending = value), attending);
    // The tabs run on a clock the test moves, so typing stays unsaved for exactly as long as the test needs.
    await context.clock.install();
    const first = await context.newPage();
    const second = await context.newPage();
    // A third tab of the site, which saves "in another tab" as far as both others can tell.
    const third = await context.newPage();
    await first.goto(LESSON);
    await second.goto(LESSON);
    await third.goto('glossary/');
    const a = await reflectionBox(first);
    const b = await reflectionBox(second);
    await context.clock.pauseAt(Date.now() + 60_000);
    const wait = (ms: number) => context.clock.runFor(ms);
    // Tabs may run in separate processes, where a write reaches the others a moment later: read it by polling.
    const stored = () =>
      third.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { text?: string }).text, REFLECTION_KEY);
    const saveElsewhere = (page: Page, text: string) =>
      page.evaluate(
        ([key, value]) => localStorage.setItem(key, JSON.stringify({ text: value, savedAt: new Date().toISOString() })),
        [REFLECTION_KEY, text] as const,
      );
    const statusOf = (page: Page) => page.locator('.reflection [role="status"]').first();
    const clashIn = (page: Page) => page.locator('.reflection [role="alert"]');

    // An idle tab the learner is not looking at shows what the other saved.
    await attend(first, true);
    await a.fill('Written in the first tab');
    await wait(600);
    await expect(statusOf(first)).toHaveText('Saved');
    await expect.poll(async () => (await wait(50), b.inputValue())).toBe('Written in the first tab');

    // The second tab has unsaved typing when another tab saves: it is told, not overwritten, and its own pending
    // save does not overwrite the other tab's either.
    await attend(first, false);
    await attend(second, true);
    await b.focus();
    await second.keyboard.press('End');
    await second.keyboard.type(' and more here');
    await saveElsewhere(third, 'Saved meanwhile by another tab');
    await expect.poll(async () => (await wait(50), clashIn(second).count())).toBe(1);
    await wait(2_000);
    await expect(b).toHaveValue('Written in the first tab and more here');
    await expect.poll(stored).toBe('Saved meanwhile by another tab');
    await expect(statusOf(second)).toHaveText('Not saved yet: choose which version to keep.');
    await expect(second.locator('.reflection .exercise-meta').first()).not.toContainText('Last saved');

    // "Use the other tab's version": both tabs and storage hold it (so a reload shows it), after any pending save.
    await second.getByRole('button', { name: "Use the other tab's version" }).click();
    await wait(2_000);
    await expect(b).toHaveValue('Saved meanwhile by another tab');
    await expect.poll(stored).toBe('Saved meanwhile by another tab');
    await expect.poll(async () => (await wait(50), a.inputValue())).toBe('Saved meanwhile by another tab');

    // "Keep this tab's version" saves it at once; the other tab, not being looked at, takes it, with no loop of saves.
    await b.focus();
    await second.keyboard.press('End');
    await second.keyboard.type(', edited');
    await saveElsewhere(third, 'A third version');
    await expect.poll(async () => (await wait(50), clashIn(second).count())).toBe(1);
    await second.getByRole('button', { name: "Keep this tab's version" }).click();
    await expect.poll(stored).toBe('Saved meanwhile by another tab, edited');
    await expect.poll(async () => (await wait(50), a.inputValue())).toBe('Saved meanwhile by another tab, edited');
    await expect(statusOf(second)).toHaveText('Saved');
    await expect(clashIn(first)).toHaveCount(0);
    await expect(clashIn(second)).toHaveCount(0);

    // The tab the learner is looking at never switches text under them, even with nothing unsaved: it asks.
    await attend(second, false);
    await attend(first, true);
    await saveElsewhere(second, 'From the background tab');
    await expect.poll(async () => (await wait(50), clashIn(first).count())).toBe(1);
    await expect(a).toHaveValue('Saved meanwhile by another tab, edited');
  });

  test('enforces and explains the length limit while typing, and what was saved always reads back', async ({ page }) => {
    await page.clock.install();
    await page.goto(LESSON);
    const box = await reflectionBox(page);
    // 100,000 characters as a reader counts them, emoji included: more UTF-16 units than the limit.
    const long = 'Delegation 🙂 '.repeat(7_000) + 'x'.repeat(9_000);
    expect([...long].length).toBe(100_000);
    expect(long.length).toBeGreaterThan(100_000);
    await box.fill(long);
    // The box takes no more than the limit, and says so.
    await expect(page.locator('.reflection .exercise-meta').first()).toContainText('reached the limit of 100,000 characters');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toContainText('Saved');
    const kept = await box.inputValue();
    expect(kept.length).toBe(100_000);
    expect(long.startsWith(kept)).toBe(true);
    await page.reload();
    const reloaded = await reflectionBox(page);
    await expect(reloaded).toHaveValue(kept);
    await expect(page.locator('.notice')).toHaveCount(0);
    await expect(page.locator('.reflection .exercise-meta').first()).toContainText('Last saved');
  });

  test('shows the banner when storage is full, keeps the typed text, and recovers', async ({ page }) => {
    await page.clock.install();
    await page.goto(LESSON);
    const box = await reflectionBox(page);
    // A first save, so there is a "Last saved" time to show.
    await box.fill('Words that matter');
    await passTheSavePause(page);
    await expect(page.locator('.reflection .exercise-meta').first()).toContainText('Last saved');
    await fillStorage(page);
    await box.fill('Words that matter a great deal to me');
    await passTheSavePause(page);
    const status = page.locator('.reflection [role="status"]').first();
    await expect(status).toHaveText(/^Not saved: storage is full/);
    // "Last saved" would claim the text on screen is saved: it is not shown beside a failed save.
    await expect(page.locator('.reflection .exercise-meta').first()).not.toContainText('Last saved');
    await expect(page.locator('[data-banner-text]')).toHaveText(/storage for this site is full/);
    await expect(page.locator('[data-storage-banner] [data-banner-export]')).toBeVisible();
    await expect(box).toHaveValue('Words that matter a great deal to me');

    // Free the space: the next save succeeds and the banner goes away.
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('filler'))
        .forEach((k) => localStorage.removeItem(k)),
    );
    await box.press('End');
    await page.keyboard.type('.');
    await passTheSavePause(page);
    await expect(status).toHaveText('Saved');
    await expect(page.locator('[data-storage-banner]')).not.toHaveAttribute('data-active');
    await page.reload();
    await expect(await reflectionBox(page)).toHaveValue('Words that matter a great deal to me.');
  });

  test('runs in memory with a banner when the localStorage getter throws', async ({ page, problems }) => {
    await page.clock.install();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(LESSON);
    await expect(page.locator('[data-banner-text]')).toHaveText(/not letting the course save anything/);
    const box = await reflectionBox(page);
    await box.fill('Only in memory');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText(/^Not saved: this browser is not letting/);
    await hydrateAll(page);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.locator('.completed-badge')).toBeVisible();
    await expect(page.getByRole('link', { name: 'First lesson, completed', exact: true })).toHaveCount(1);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('gives working pages and a notice over corrupted stored values, keeping the raw value', async ({ page, problems }) => {
    await page.clock.install();
    await page.goto(LESSON);
    await seedStorage(page, {
      'fbe:version': '2',
      [REFLECTION_KEY]: '{"text": 42, "oops"',
      'fbe:lesson:first-lesson': '"not an object"',
      'fbe:attempts:skills': '{"attempts":"many"}',
      'fbe:reflection:start-here-why-now': '{"text":"Still readable","savedAt":"2026-11-24T10:00:00.000Z"}',
    });
    await page.reload();
    await expect(page.locator('[data-banner-text]')).toHaveText(/could not be read\. It has been kept aside/);
    const box = await reflectionBox(page);
    await expect(page.locator('.reflection .notice').first()).toHaveText(/kept aside/);
    await box.fill('A fresh start');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText('Saved');
    const stored = await page.evaluate(() => ({ ...localStorage }));
    expect(stored[`fbe:aside:${REFLECTION_KEY}`]).toBe('{"text": 42, "oops"');
    expect(stored['fbe:aside:fbe:lesson:first-lesson']).toBe('"not an object"');
    expect(stored['fbe:reflection:start-here-why-now']).toBe('{"text":"Still readable","savedAt":"2026-11-24T10:00:00.000Z"}');

    await page.goto('progress/');
    await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toBeVisible();
    await expect(page.getByText('Still readable')).toBeVisible();
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('tells the learner and writes nothing when storage holds data from a newer version', async ({ page }) => {
    await page.clock.install();
    await page.goto(LESSON);
    await seedStorage(page, { 'fbe:version': '4', [REFLECTION_KEY]: '{"text":"from the future"}' });
    await page.reload();
    await expect(page.locator('[data-banner-text]')).toHaveText(/newer version of the course/);
    const box = await reflectionBox(page);
    await box.fill('typed in the old version');
    await passTheSavePause(page);
    await expect(page.locator('.reflection [role="status"]').first()).toHaveText(/^Not saved: a newer version/);
    expect(await page.evaluate((key) => localStorage.getItem(key), REFLECTION_KEY)).toBe('{"text":"from the future"}');
  });

  test('loads saved data without console warnings or hydration problems', async ({ page, problems }) => {
    await page.goto(ORIENTATION);
    await seedStorage(page, {
      'fbe:version': '3',
      'fbe:reflection:start-here-why-now': '{"text":"Saved before","savedAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:scenario:start-here-the-weekend-fix':
        '{"option":"pair-on-the-riskiest-parts","answeredAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:attempts:skills':
        '{"attempts":[{"completedAt":"2026-11-24T10:00:00.000Z","exercise":"start-here-competency-baseline","ratings":{"listening":2,"planning":3,"delegating":1,"budgeting":4}}]}',
      'fbe:lesson:start-here': '{"completedAt":"2026-11-24T10:00:00.000Z"}',
    });
    await page.reload();
    await hydrateAll(page);
    await expect(await reflectionBox(page)).toHaveValue('Saved before');
    await expect(page.locator('#exercise-start-here-the-weekend-fix .scenario-feedback')).toHaveCount(1);
    await expect(page.locator('#exercise-start-here-competency-baseline svg.radar')).toHaveCount(1);
    await expect(page.locator('.completed-badge')).toBeVisible();
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('asks the browser to keep its storage persistent', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __persistCalls: number }).__persistCalls = 0;
      navigator.storage.persist = () => {
        (window as unknown as { __persistCalls: number }).__persistCalls++;
        return Promise.resolve(true);
      };
    });
    await page.goto(LESSON);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBe(1);
  });
});
