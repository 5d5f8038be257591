import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/**
 * False while rendering on the server and during the first client render (so hydration matches the server's
 * HTML exactly), true from then on. Controls stay focusable before then (read-only where typing could be lost), so
 * keyboard users reach them, and reaching them scrolls them into view, which hydrates them.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * A store's value, but `empty` on the server and in the first client render, so saved data never causes a
 * hydration mismatch.
 */
export function useStored<T>(store: ReadableAtom<T>, empty: T): T {
  return useStore(store, { ssr: () => empty });
}
