import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
  url: string;
  type: string;
  gzipBytes: number;
}

/** Records every response a page loads, with its size after gzip (as a static host or CDN would send it). */
export function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      transfers.push({
        url: response.url(),
        type: response.request().resourceType(),
        gzipBytes: gzipSync(body, { level: 9 }).length,
      });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  return transfers;
}

/**
 * Budgets for a lesson page before any interaction, gzip sizes: the real course's pages are measured in Chromium
 * (tests/real-course/budgets.spec.ts), and a generated course of 200 lessons is measured from its build
 * (tests/build/course-at-scale.test.ts). The HTML budget was 12 KB until the accuracy pass lengthened lessons (the
 * capstone reached 12.0 KB); the sidebar now lists only the current module, so the page no longer grows with the
 * lessons of other modules, and 13 KB leaves room for the teaching.
 */
export const LESSON_BUDGET = { script: 15 * 1024, document: 13 * 1024, stylesheet: 10 * 1024 };

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const total = (transfers: Transfer[], type: string) =>
  transfers.filter((t) => t.type === type).reduce((sum, t) => sum + t.gzipBytes, 0);
