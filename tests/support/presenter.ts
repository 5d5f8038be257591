import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** Opens a presenter screen (`facilitator/<session>/present/`) and waits until its keys work. */
export async function openPresenter(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.presenter')).toHaveAttribute('data-ready', '');
}

/** The class of the element shown full screen, or null. */
export const fullScreenElement = (page: Page) => page.evaluate(() => document.fullscreenElement?.className ?? null);

/** Puts the presenter screen full screen by its key, as a facilitator does before a session. */
export async function presentFullScreen(page: Page) {
  await page.keyboard.press('f');
  await expect.poll(() => fullScreenElement(page)).toBe('presenter');
}

export interface PresenterFit {
  /** Nothing to scroll across or down, and the full-screen section fills the whole viewport. */
  fits: { width: boolean; height: boolean; box: boolean };
  /** Pixels left below the lowest of the step and its timer and controls: how near the step is to overflowing. */
  spare: number;
}

/** How the step shown fits the full-screen presenter screen. */
export const presenterFit = (page: Page): Promise<PresenterFit> =>
  page.locator('.presenter').evaluate((element) => {
    const lowest = Math.max(
      ...[...element.querySelectorAll('.presenter-step, .presenter-rail')].map((part) => part.getBoundingClientRect().bottom),
    );
    const inside =
      element.getBoundingClientRect().top + element.clientHeight - parseFloat(getComputedStyle(element).paddingBottom);
    return {
      fits: {
        width: element.scrollWidth <= element.clientWidth,
        height: element.scrollHeight <= element.clientHeight,
        box: element.clientWidth === innerWidth && element.clientHeight === innerHeight,
      },
      spare: Math.floor(inside - lowest),
    };
  });
