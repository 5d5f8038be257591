import { describe, expect, it } from 'vitest';
import { useSite, watchProblems } from '../support/e2e.ts';
import { ORIENTATION, hydrateAll, reflectionBox, seedStorage } from '../support/progress-pages.ts';

const site = useSite();
const LESSON = 'the-shift/from-output-to-leverage/';

describe('nothing a learner writes is lost', () => {
  it('keeps a reflection across a reload, with its status announced', async () => {
    const page = await site.page();
    await page.goto(site.url + LESSON);
    const box = await reflectionBox(page);
    await box.fill('Most of my week went on code review.');
    const status = page.locator('.reflection [role="status"]').first();
    await expect.poll(() => status.textContent()).toBe('Saved');
    await page.reload();
    expect(await (await reflectionBox(page)).inputValue()).toBe('Most of my week went on code review.');
    expect(await page.locator('.reflection .exercise-meta').first().textContent()).toMatch(/8 words.*Last saved/);
  });

  it('keeps text typed just before the tab was closed', async () => {
    const page = await site.page();
    const context = page.context();
    await page.goto(site.url + LESSON);
    const box = await reflectionBox(page);
    await box.focus();
    await page.keyboard.type('Typed and closed at once');
    await page.close({ runBeforeUnload: true });
    const reopened = await context.newPage();
    await reopened.goto(site.url + LESSON);
    expect(await (await reflectionBox(reopened)).inputValue()).toBe('Typed and closed at once');
  });

  it('keeps two tabs in step, and never overwrites unsaved typing', async () => {
    const first = await site.page();
    const context = first.context();
    // Headless pages all report focus; each tab's focus is set by the test instead (`attending`).
    await context.addInitScript(() => {
      document.hasFocus = () => (window as unknown as { attending?: boolean }).attending ?? false;
    });
    const attend = (page: typeof first, attending: boolean) =>
      page.evaluate((a) => ((window as unknown as { attending?: boolean }).attending = a), attending);
    // Both tabs run on a clock the test moves, so typing stays unsaved for exactly as long as the test needs.
    await context.clock.install();
    const second = await context.newPage();
    // A third tab of the site, which saves "in another tab" as far as both others can tell.
    const third = await context.newPage();
    await first.goto(site.url + LESSON);
    await second.goto(site.url + LESSON);
    await third.goto(site.url + 'glossary/');
    const a = await reflectionBox(first);
    const b = await reflectionBox(second);
    await context.clock.pauseAt(Date.now() + 60_000);
    const wait = (ms: number) => context.clock.runFor(ms);
    const KEY = 'fbe:reflection:from-output-to-leverage-week-audit';
    const stored = () => first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').text as string, KEY);
    const saveElsewhere = (text: string) =>
      third.evaluate(
        ([key, t]) => localStorage.setItem(key!, JSON.stringify({ text: t, savedAt: new Date().toISOString() })),
        [KEY, text],
      );
    const statusOf = (page: typeof first) => page.locator('.reflection [role="status"]').first();

    // An idle tab the learner is not looking at shows what the other saved.
    await attend(first, true);
    await a.fill('Written in the first tab');
    await wait(600);
    await expect.poll(() => statusOf(first).textContent()).toBe('Saved');
    await expect.poll(async () => (await wait(50), b.inputValue())).toBe('Written in the first tab');

    // The second tab has unsaved typing when another tab saves: it is told, not overwritten, and its pending save
    // does not overwrite the other tab's either.
    await attend(first, false);
    await attend(second, true);
    await b.focus();
    await second.keyboard.press('End');
    await second.keyboard.type(' and more here');
    await saveElsewhere('Saved meanwhile by another tab');
    await expect.poll(async () => (await wait(50), second.locator('.reflection [role="alert"]').count())).toBe(1);
    await wait(2_000);
    expect(await b.inputValue()).toBe('Written in the first tab and more here');
    expect(await stored()).toBe('Saved meanwhile by another tab');
    expect(await statusOf(second).textContent()).toBe('Not saved yet: choose which version to keep.');
    expect(await second.locator('.reflection .exercise-meta').first().textContent()).not.toMatch(/Last saved/);

    // "Use the other tab's version": both tabs and storage hold it (so a reload shows it), after any pending save.
    await second.getByRole('button', { name: "Use the other tab's version" }).click();
    await wait(2_000);
    expect(await b.inputValue()).toBe('Saved meanwhile by another tab');
    expect(await stored()).toBe('Saved meanwhile by another tab');
    await expect.poll(async () => (await wait(50), a.inputValue())).toBe('Saved meanwhile by another tab');

    // "Keep this tab's version" saves it at once; the other tab, not being looked at, takes it, with no loop of saves.
    await b.focus();
    await second.keyboard.press('End');
    await second.keyboard.type(', edited');
    await saveElsewhere('A third version');
    await expect.poll(async () => (await wait(50), second.locator('.reflection [role="alert"]').count())).toBe(1);
    await second.getByRole('button', { name: "Keep this tab's version" }).click();
    expect(await stored()).toBe('Saved meanwhile by another tab, edited');
    await expect.poll(async () => (await wait(50), a.inputValue())).toBe('Saved meanwhile by another tab, edited');
    await expect.poll(() => statusOf(second).textContent()).toBe('Saved');
    expect(await first.locator('.reflection [role="alert"]').count()).toBe(0);
    expect(await second.locator('.reflection [role="alert"]').count()).toBe(0);

    // The tab the learner is looking at never switches text under them, even with nothing unsaved: it asks.
    await attend(second, false);
    await attend(first, true);
    await second.evaluate(
      ([key]) =>
        localStorage.setItem(key!, JSON.stringify({ text: 'From the background tab', savedAt: new Date().toISOString() })),
      [KEY],
    );
    await expect.poll(async () => (await wait(50), first.locator('.reflection [role="alert"]').count())).toBe(1);
    expect(await a.inputValue()).toBe('Saved meanwhile by another tab, edited');
  });

  it('shows the banner when storage is full, keeps the typed text, and recovers', async () => {
    const page = await site.page();
    await page.goto(site.url + LESSON);
    const box = await reflectionBox(page);
    // Fill this origin's storage to its quota.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          for (let size = chunk.length / 2; size >= 1; size = Math.floor(size / 2)) {
            try {
              localStorage.setItem(`filler-end-${size}`, 'x'.repeat(size));
            } catch {
              // try smaller
            }
          }
          return;
        }
      }
    });
    await box.fill('Words that matter a great deal to me');
    const status = page.locator('.reflection [role="status"]').first();
    await expect.poll(() => status.textContent()).toMatch(/^Not saved: storage is full/);
    await expect.poll(() => page.locator('[data-banner-text]').textContent()).toMatch(/storage for this site is full/);
    expect(await page.locator('[data-storage-banner] [data-banner-export]').isVisible()).toBe(true);
    expect(await box.inputValue()).toBe('Words that matter a great deal to me');

    // Free the space: the next save succeeds and the banner goes away.
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('filler'))
        .forEach((k) => localStorage.removeItem(k)),
    );
    await box.press('End');
    await page.keyboard.type('.');
    await expect.poll(() => status.textContent()).toBe('Saved');
    await expect.poll(() => page.locator('[data-storage-banner]').getAttribute('data-active')).toBeNull();
    await page.reload();
    expect(await (await reflectionBox(page)).inputValue()).toBe('Words that matter a great deal to me.');
  });

  it('runs in memory with a banner when the localStorage getter throws', async () => {
    const page = await site.page();
    const problems = await watchProblems(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(site.url + LESSON);
    await expect.poll(() => page.locator('[data-banner-text]').textContent()).toMatch(/not letting the course save anything/);
    const box = await reflectionBox(page);
    await box.fill('Only in memory');
    await expect
      .poll(() => page.locator('.reflection [role="status"]').first().textContent())
      .toMatch(/^Not saved: this browser is not letting/);
    await hydrateAll(page);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    expect(await page.getByRole('button', { name: 'Mark as complete' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('link', { name: 'From output to leverage, completed', exact: true }).count()).toBe(1);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it('gives working pages and a notice over corrupted stored values, keeping the raw value', async () => {
    const page = await site.page();
    const problems = await watchProblems(page);
    await page.goto(site.url + LESSON);
    await seedStorage(page, {
      'fbe:version': '2',
      'fbe:reflection:from-output-to-leverage-week-audit': '{"text": 42, "oops"',
      'fbe:lesson:from-output-to-leverage': '"not an object"',
      'fbe:attempts:competencies': '{"attempts":"many"}',
      'fbe:reflection:start-here-why-now': '{"text":"Still readable","savedAt":"2026-11-24T10:00:00.000Z"}',
    });
    await page.reload();
    await expect
      .poll(() => page.locator('[data-banner-text]').textContent())
      .toMatch(/could not be read\. It has been kept aside/);
    const box = await reflectionBox(page);
    expect(await page.locator('.reflection .notice').first().textContent()).toMatch(/kept aside/);
    await box.fill('A fresh start');
    await expect.poll(() => page.locator('.reflection [role="status"]').first().textContent()).toBe('Saved');
    const stored = await page.evaluate(() => ({ ...localStorage }));
    expect(stored['fbe:aside:fbe:reflection:from-output-to-leverage-week-audit']).toBe('{"text": 42, "oops"');
    expect(stored['fbe:aside:fbe:lesson:from-output-to-leverage']).toBe('"not an object"');
    expect(stored['fbe:reflection:start-here-why-now']).toBe('{"text":"Still readable","savedAt":"2026-11-24T10:00:00.000Z"}');

    await page.goto(`${site.url}progress/`);
    await page.getByRole('heading', { name: 'Saved data that could not be read' }).waitFor();
    expect(await page.getByText('Still readable').isVisible()).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it('tells the learner and writes nothing when storage holds data from a newer version', async () => {
    const page = await site.page();
    await page.goto(site.url + LESSON);
    await seedStorage(page, {
      'fbe:version': '3',
      'fbe:reflection:from-output-to-leverage-week-audit': '{"text":"from the future"}',
    });
    await page.reload();
    await expect.poll(() => page.locator('[data-banner-text]').textContent()).toMatch(/newer version of the course/);
    const box = await reflectionBox(page);
    await box.fill('typed in the old version');
    await expect
      .poll(() => page.locator('.reflection [role="status"]').first().textContent())
      .toMatch(/^Not saved: a newer version/);
    expect(await page.evaluate(() => localStorage.getItem('fbe:reflection:from-output-to-leverage-week-audit'))).toBe(
      '{"text":"from the future"}',
    );
  });

  it('loads saved data without console warnings or hydration problems', async () => {
    const page = await site.page();
    const problems = await watchProblems(page);
    await page.goto(site.url + ORIENTATION);
    await seedStorage(page, {
      'fbe:version': '2',
      'fbe:reflection:start-here-why-now': '{"text":"Saved before","savedAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:scenario:start-here-the-weekend-fix': '{"choice":1,"answeredAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:attempts:competencies':
        '{"attempts":[{"completedAt":"2026-11-24T10:00:00.000Z","exercise":"start-here-competency-baseline","ratings":{"systems-thinking":2,"strategic-thinking":3,"organisational-design":1,"people-leadership":4,"communication-influence":2,"financial-acumen":1,"fighting-entropy":3}}]}',
      'fbe:lesson:start-here': '{"completedAt":"2026-11-24T10:00:00.000Z"}',
    });
    await page.reload();
    await hydrateAll(page);
    expect(await (await reflectionBox(page)).inputValue()).toBe('Saved before');
    expect(await page.locator('#exercise-start-here-the-weekend-fix .scenario-feedback').count()).toBe(1);
    expect(await page.locator('#exercise-start-here-competency-baseline svg.radar').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Mark as complete' }).getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
  });

  it('asks the browser to keep its storage persistent', async () => {
    const page = await site.page();
    await page.addInitScript(() => {
      (window as unknown as { __persistCalls: number }).__persistCalls = 0;
      navigator.storage.persist = () => {
        (window as unknown as { __persistCalls: number }).__persistCalls++;
        return Promise.resolve(true);
      };
    });
    await page.goto(site.url + LESSON);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBe(1);
  });
});
