// A classic service worker script, copied as it is: src/integrations/service-worker.ts writes the constants it reads
// above it.
/* global importScripts, WORKBOX_SCRIPTS, PRECACHE, OFFLINE_PAGE */
/*
 * The course's service worker. It holds every file of one version of the site (pages, styles, scripts, exercise data,
 * the search index, icons) so the course works offline after the first visit. It never holds learner data, which
 * lives in the browser's storage: clearing its caches touches none of it.
 *
 * A new version installs beside the old one and waits: the page offers a reload, and only when the learner accepts
 * (after their writing is saved) does it take over.
 */
importScripts(...WORKBOX_SCRIPTS);

const { precaching, routing, strategies } = self.workbox;

precaching.cleanupOutdatedCaches();
// Pagefind asks for its entry file with a `ts` parameter to get past the browser's cache; this worker already holds
// the file of its own version, so the parameter is ignored (with the usual tracking ones).
precaching.precacheAndRoute(PRECACHE, { ignoreURLParametersMatching: [/^ts$/, /^utm_/, /^fbclid$/] });

// Anything this version does not hold is fetched; a page that cannot be fetched shows the offline page instead of the
// browser's error.
routing.setDefaultHandler(new strategies.NetworkOnly());
routing.setCatchHandler(async ({ request }) =>
  request.mode === 'navigate' ? ((await precaching.matchPrecache(OFFLINE_PAGE)) ?? Response.error()) : Response.error(),
);

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
