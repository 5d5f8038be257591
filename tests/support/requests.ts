import type { Page } from '@playwright/test';

/**
 * Every request the page makes from now on to anywhere but the served site: the course promises none. Blob and data
 * addresses (a download made in the page) never leave the browser, so they are not counted.
 */
export function offSiteRequests(page: Page, site: { url: string }): string[] {
  const offSite: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.url) && !/^(blob|data):/.test(url)) offSite.push(url);
  });
  return offSite;
}
