import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module's default export when `wanted` becomes true, once: code a learner may never need (the steps of an
 * assessment not started, results not yet earned) stays out of the page until it is.
 */
export function useLazy<T>(load: () => Promise<{ default: T }>, wanted: boolean): { value: T | undefined; failed: boolean } {
  const [value, setValue] = useState<{ current: T } | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || value) return;
    setFailed(false);
    load().then(
      (module) => setValue({ current: module.default }),
      () => setFailed(true),
    );
  }, [load, wanted, value]);
  return { value: value?.current, failed };
}
