import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { offSiteRequests } from '../support/requests.ts';
import { axeViolations } from '../support/axe.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { seedStorage } from '../support/islands.ts';
import { fullScreenElement, openPresenter, presentFullScreen, presenterFit } from '../support/presenter.ts';

const FIXTURE = new URL('../fixture-course/', import.meta.url);
const readYaml = (dir: string) =>
  readdirSync(new URL(dir, FIXTURE)).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    data: parse(readFileSync(new URL(`${dir}${file}`, FIXTURE), 'utf8')) as Record<string, unknown>,
  }));

interface FixtureStep {
  title: string;
  minutes: number;
  notes?: string;
}
const SESSIONS = readYaml('sessions/').map(({ id, data }) => ({ id, agenda: data['agenda'] as FixtureStep[] }));
const FOUNDATIONS = SESSIONS.find((s) => s.id === 'foundations')!;
/** What only the facilitator may read: every step's notes and every role's private brief. */
const PRIVATE_TEXTS = [
  ...SESSIONS.flatMap((s) => s.agenda.flatMap((step) => (step.notes ? [step.notes] : []))),
  ...readYaml('cases/').flatMap(({ data }) => (data['roles'] as { brief: string }[]).map((r) => r.brief)),
];

const present = (session: string) => `facilitator/${session}/present/`;
const T0 = Date.parse('2026-11-25T09:00:00.000Z');
const MINUTE = 60_000;

const stepTitle = (page: Page) => page.locator('#presenter-step-title');
const clock = (page: Page) => page.locator('.presenter-clock');
const timer = (page: Page) => page.locator('.presenter-timer');
const spoken = (page: Page) => page.locator('.presenter [role="status"]');

/** Opens a session's presenter screen and waits until its keys work. */
const open = (page: Page, session: string) => openPresenter(page, present(session));

/** Tells the page it was hidden or shown, as switching tabs does. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

/**
 * Moves the page's clock on by `ms` at once, then lets a second pass so the running clock's redraw (a timer that
 * starts after the next frame) comes round.
 */
async function runOut(page: Page, ms: number) {
  await expect(timer(page)).toHaveAttribute('data-state', 'running');
  await page.clock.fastForward(ms);
  await page.clock.runFor(1_000);
}

/** Runs the first step's timer out and back, then moves on a step: all a wake lock could get in the way of. */
async function runTheFirstStep(page: Page) {
  await page.clock.install({ time: T0 });
  await open(page, 'foundations');
  await page.clock.pauseAt(T0 + MINUTE);
  await page.keyboard.press('Space');
  await runOut(page, 10 * MINUTE);
  await expect(timer(page)).toHaveAttribute('data-state', 'up');
  await expect(spoken(page)).toHaveText(`Time’s up for ${FOUNDATIONS.agenda[0]!.title}.`);
  await page.keyboard.press('r');
  await expect(clock(page)).toHaveText('10:00');
  await expect(timer(page)).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('ArrowRight');
  await expect(stepTitle(page)).toHaveText(FOUNDATIONS.agenda[1]!.title);
}

/** What the fake Screen Wake Lock was asked, in order (`request screen`, `refused`, `release`), and its late grants. */
interface WakeLockWindow {
  wakeLockCalls: string[];
  grantWakeLocks(): void;
}

/**
 * Gives the page a fake Screen Wake Lock before any of its scripts run. It records each request and each release; a
 * granted lock is a sentinel that fires `release` when let go, and, as browsers do, every lock is let go when the page
 * is hidden. `refuse` makes every request fail, as a low battery or a policy does; `late` grants them only when the
 * test calls `grantWakeLocks()`.
 */
const fakeWakeLock = (page: Page, answer: 'grant' | 'refuse' | 'late') =>
  page.addInitScript((answer) => {
    const calls: string[] = [];
    const waiting: (() => void)[] = [];
    Object.assign(window, {
      wakeLockCalls: calls,
      grantWakeLocks: () => waiting.splice(0).forEach((grant) => grant()),
    } satisfies WakeLockWindow);
    const held = new Set<EventTarget & { released: boolean; release(): Promise<void> }>();
    class Sentinel extends EventTarget {
      readonly type = 'screen';
      released = false;
      release() {
        if (!this.released) {
          this.released = true;
          held.delete(this);
          calls.push('release');
          this.dispatchEvent(new Event('release'));
        }
        return Promise.resolve();
      }
    }
    const wakeLock = {
      request(type: string) {
        calls.push(`request ${type}`);
        if (answer === 'refuse') {
          calls.push('refused');
          return Promise.reject(new DOMException('Wake lock refused', 'NotAllowedError'));
        }
        const grant = () => {
          const sentinel = new Sentinel();
          held.add(sentinel);
          return sentinel;
        };
        return answer === 'late' ? new Promise((resolve) => waiting.push(() => resolve(grant()))) : Promise.resolve(grant());
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, get: () => wakeLock });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') for (const sentinel of held) void sentinel.release();
    });
  }, answer);

const wakeLockCalls = (page: Page) => page.evaluate(() => (window as unknown as WakeLockWindow).wakeLockCalls);

test.describe('the presenter screen', () => {
  test('runs a whole session from the keyboard alone, asking nothing of any other site', async ({ page, problems, site }) => {
    const offSite = offSiteRequests(page, site);
    await open(page, 'foundations');
    const titles = FOUNDATIONS.agenda.map((step) => step.title);
    await expect(stepTitle(page)).toHaveText(titles[0]!);

    for (let i = 1; i < titles.length; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      await expect(stepTitle(page)).toHaveText(titles[i]!);
      await expect(page.locator('#presenter-position')).toHaveText(`Step ${i + 1} of ${titles.length}`);
      await expect(spoken(page)).toHaveText(
        `Step ${i + 1} of ${titles.length}: ${titles[i]}, ${FOUNDATIONS.agenda[i]!.minutes} minutes.`,
      );
    }
    await expect(page.locator('.presenter-next')).toHaveText('Last step');
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(titles.at(-1)!);
    for (let i = titles.length - 2; i >= 0; i--) {
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
      await expect(stepTitle(page)).toHaveText(titles[i]!);
    }
    await expect(page.locator('.presenter-next')).toHaveText(`Next ${titles[1]}, ${FOUNDATIONS.agenda[1]!.minutes} minutes`);

    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'running');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'paused');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await expect(keys).toBeVisible();
    await expect(keys.getByRole('button', { name: 'Close' })).toBeFocused();
    // While the key list is open, the keys leave the steps and the timer alone.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(keys).toBeHidden();
    await expect(stepTitle(page)).toHaveText(titles[0]!);
    await expect(timer(page)).toHaveAttribute('data-state', 'paused');
    await page.keyboard.press('?');
    await expect(keys).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();

    await page.keyboard.press('f');
    await expect.poll(() => fullScreenElement(page)).toBe('presenter');
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(titles[1]!);
    await page.keyboard.press('Escape');
    await expect.poll(() => fullScreenElement(page)).toBeNull();
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');

    expect(problems).toEqual(NO_PROBLEMS);
    expect(offSite).toEqual([]);
  });

  test('does the same with its buttons, and leaves the keys to a field being typed in', async ({ page }) => {
    await open(page, 'foundations');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(stepTitle(page)).toHaveText(FOUNDATIONS.agenda[1]!.title);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(stepTitle(page)).toHaveText(FOUNDATIONS.agenda[0]!.title);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(timer(page)).toHaveAttribute('data-state', 'running');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: '+1 min' }).click();
    await expect(clock(page)).toHaveText(/^1[01]:\d\d$/);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(clock(page)).toHaveText('10:00');
    await page.getByRole('button', { name: 'Keys' }).click();
    await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();

    // The site header's theme menu takes its own arrow keys.
    await page.locator('.theme-switch select').focus();
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(FOUNDATIONS.agenda[0]!.title);
  });

  test('keeps time while the tab is hidden, and shows the right time the moment it is shown again', async ({ page }) => {
    await page.clock.install({ time: T0 });
    await open(page, 'foundations');
    // From here no timer of the page's runs unless the test moves the clock on.
    await page.clock.pauseAt(T0 + MINUTE);
    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'running');
    await expect(clock(page)).toHaveText('10:00');

    await setVisibility(page, 'hidden');
    // Seven and a half minutes pass with the page asleep: no timer callback runs, so nothing counts ticks.
    await page.clock.setSystemTime(T0 + MINUTE + 7.5 * MINUTE);
    expect(await clock(page).textContent()).toBe('10:00');
    await setVisibility(page, 'visible');
    await expect(clock(page)).toHaveText('2:30');
  });

  test('keeps the screen awake while the timer runs, asks again when shown again, and lets go when paused', async ({
    page,
    problems,
  }) => {
    await fakeWakeLock(page, 'grant');
    await open(page, 'foundations');
    expect(await wakeLockCalls(page)).toEqual([]);

    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'running');
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen']);

    // The browser lets the lock go while the page is hidden; shown again, the screen asks for it again.
    await setVisibility(page, 'hidden');
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen', 'release']);
    await setVisibility(page, 'visible');
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen', 'release', 'request screen']);
    // Shown while still holding a lock, it asks for no second one.
    await setVisibility(page, 'visible');

    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'paused');
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen', 'release', 'request screen', 'release']);
    // Paused, it asks for nothing on being shown again, nor when it moves on a step.
    await setVisibility(page, 'hidden');
    await setVisibility(page, 'visible');
    await page.keyboard.press('ArrowRight');
    await expect(stepTitle(page)).toHaveText(FOUNDATIONS.agenda[1]!.title);
    expect(await wakeLockCalls(page)).toEqual(['request screen', 'release', 'request screen', 'release']);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('lets go of a lock granted only after the timer was paused', async ({ page, problems }) => {
    await fakeWakeLock(page, 'late');
    await open(page, 'foundations');
    await page.keyboard.press('Space');
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen']);
    await page.keyboard.press('Space');
    await expect(timer(page)).toHaveAttribute('data-state', 'paused');
    await page.evaluate(() => (window as unknown as WakeLockWindow).grantWakeLocks());
    await expect.poll(() => wakeLockCalls(page)).toEqual(['request screen', 'release']);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('runs the same when the wake lock is refused, saying nothing of it', async ({ page, problems }) => {
    await fakeWakeLock(page, 'refuse');
    await runTheFirstStep(page);
    expect(await wakeLockCalls(page)).toEqual(['request screen', 'refused']);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('runs the same where the browser has no wake lock', async ({ page, problems }) => {
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'wakeLock'));
    await runTheFirstStep(page);
    expect(await page.evaluate(() => 'wakeLock' in navigator)).toBe(false);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    test(`says plainly that time is up, announced once, ${reducedMotion === 'reduce' ? 'without' : 'with a gentle'} motion (reduced motion: ${reducedMotion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion });
      await page.clock.install({ time: T0 });
      await open(page, 'foundations');
      await page.clock.pauseAt(T0 + MINUTE);
      await page.evaluate(() => {
        const said: string[] = [];
        (window as unknown as { said: string[] }).said = said;
        const region = document.querySelector('.presenter [role="status"]')!;
        new MutationObserver(() => said.push(region.textContent)).observe(region, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
      await page.keyboard.press('Space');
      await runOut(page, 10 * MINUTE);
      await expect(timer(page)).toHaveAttribute('data-state', 'up');
      await expect(clock(page)).toHaveText('0:00');
      await expect(page.locator('.presenter-timer-state')).toHaveText('Time’s up');
      await expect(spoken(page)).toHaveText(`Time’s up for ${FOUNDATIONS.agenda[0]!.title}.`);
      await page.clock.fastForward(2 * MINUTE);
      await expect(clock(page)).toHaveText('0:00');
      expect(await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean))).toEqual([
        `Time’s up for ${FOUNDATIONS.agenda[0]!.title}.`,
      ]);

      const motion = await timer(page).evaluate((element) => ({
        running: element.getAnimations({ subtree: true }).length,
        name: getComputedStyle(element).animationName,
      }));
      if (reducedMotion === 'reduce') expect(motion).toEqual({ running: 0, name: 'none' });
      else expect(motion.name).toBe('presenter-time-up');

      // One more minute counts from now, not from when time ran out.
      await page.keyboard.press('+');
      await expect(clock(page)).toHaveText('1:00');
      await expect(timer(page)).toHaveAttribute('data-state', 'running');
    });
  }

  test('never shows the facilitator’s notes, a role’s brief, the recommended option or the viewer’s progress', async ({
    page,
  }) => {
    await page.goto('');
    const learnerText = 'A reflection only this browser’s learner wrote';
    await seedStorage(page, {
      'fbe:reflection:start-here-why-now': JSON.stringify({ text: learnerText, savedAt: '2026-11-24T10:00:00.000Z' }),
    });
    const storage = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    for (const session of SESSIONS) {
      await open(page, session.id);
      for (const step of session.agenda) {
        await expect(stepTitle(page)).toHaveText(step.title);
        const shown = await page.locator('body').innerText();
        for (const text of [...PRIVATE_TEXTS, learnerText]) expect(shown, `${session.id}: ${step.title}`).not.toContain(text);
        expect(shown).not.toMatch(/recommended/i);
        await page.keyboard.press('ArrowRight');
      }
      const html = await page.content();
      for (const text of PRIVATE_TEXTS) expect(html, session.id).not.toContain(text);
    }
    // A scenario step shows its options for the room to vote on; a case step its roles.
    await open(page, 'foundations');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.presenter-roles')).toContainText('The finance lead');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.presenter-options li')).toHaveCount(3);
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(storage);
  });

  test('fits a 1280×720 projector full screen, every step whole, and reflows at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const session of SESSIONS) {
      await open(page, session.id);
      await presentFullScreen(page);
      for (const step of session.agenda) {
        await expect(stepTitle(page)).toHaveText(step.title);
        const { fits } = await presenterFit(page);
        expect(fits, `${session.id}: ${step.title}`).toEqual({ width: true, height: true, box: true });
        await page.keyboard.press('ArrowRight');
      }
    }
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, 'foundations');
    for (const step of FOUNDATIONS.agenda) {
      await expect(stepTitle(page)).toHaveText(step.title);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), step.title).toBe(true);
      await page.keyboard.press('ArrowRight');
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${colorScheme} theme, on every kind of step, with time up and keys listed`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.clock.install({ time: T0 });
      await open(page, 'foundations');
      for (const step of FOUNDATIONS.agenda) {
        await expect(stepTitle(page)).toHaveText(step.title);
        expect(await axeViolations(page), step.title).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      await page.clock.pauseAt(T0 + MINUTE);
      await page.keyboard.press('Space');
      await runOut(page, FOUNDATIONS.agenda.at(-1)!.minutes * MINUTE);
      await expect(timer(page)).toHaveAttribute('data-state', 'up');
      // axe waits on timers of its own.
      await page.clock.resume();
      expect(await axeViolations(page), 'time’s up').toEqual([]);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
      expect(await axeViolations(page), 'keys').toEqual([]);
    });
  }
});
