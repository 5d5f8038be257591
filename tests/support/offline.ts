import type { Page } from '@playwright/test';

/**
 * Waits until the service worker has installed, with every file of the site in its cache, and is active; pages
 * opened from now on are served by it. Resolves with the worker's script address.
 */
export const untilOfflineReady = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);

/** Every address the service worker's caches hold. */
export const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
