import { createStorageEngine } from './storage-engine.ts';
import { createProgress } from './progress.ts';
import { onAskUnsaved } from '../lib/save-now.ts';

/**
 * The one progress instance of a page. On the server (when Astro renders islands) there is no storage: the
 * engine runs in memory and islands render their empty state until they hydrate.
 */
export const progress = createProgress(
  createStorageEngine(
    () => {
      if (typeof window === 'undefined') throw new Error('No storage while rendering on the server');
      return window.localStorage;
    },
    typeof window === 'undefined' ? undefined : window,
  ),
);

// The update notice reloads the page only when this says nothing the learner wrote would be lost.
if (typeof window !== 'undefined') onAskUnsaved(() => progress.hasUnsaved());

if (typeof navigator !== 'undefined' && progress.$health.get() === 'working') {
  // Ask the browser not to evict the learner's writing under storage pressure; it may say no, which is fine.
  navigator.storage?.persist?.().catch(() => undefined);
}
