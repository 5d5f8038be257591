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

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const total = (transfers: Transfer[], type: string) =>
  transfers.filter((t) => t.type === type).reduce((sum, t) => sum + t.gzipBytes, 0);
