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
 * (tests/build/course-at-scale.test.ts). The HTML budget was 13 KB while the capstone measured 12.1 to 12.5 KB;
 * 12 KB again since each page's policy lists only its own hashes, the heading links share one label and Astro's
 * island runtime is a cached file rather than inline: the largest lesson measured 10.0 KB (capstone, risk), the
 * median 8.7 KB, and the largest of a 200-lesson course 10.6 KB.
 */
export const LESSON_BUDGET = { script: 15 * 1024, document: 12 * 1024, stylesheet: 10 * 1024 };

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const total = (transfers: Transfer[], type: string) =>
  transfers.filter((t) => t.type === type).reduce((sum, t) => sum + t.gzipBytes, 0);
