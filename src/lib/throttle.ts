/**
 * Passes on a run of values at most once every `ms`: the first at once, then the newest when the interval is up, so
 * the last one is never left unsaid. For live regions that must not chatter while something counts up.
 */
export function throttle<T>(action: (value: T) => void, ms: number) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waiting = undefined;
  };
  const pass = (value: T) => {
    last = Date.now();
    action(value);
  };
  return {
    call(value: T) {
      waiting = { value };
      if (timer !== undefined) return;
      const wait = last + ms - Date.now();
      if (wait > 0) {
        timer = setTimeout(() => {
          const { value } = waiting!;
          timer = undefined;
          waiting = undefined;
          pass(value);
        }, wait);
        return;
      }
      waiting = undefined;
      pass(value);
    },
    /** Passes this value at once, dropping any still waiting. */
    now(value: T) {
      cancel();
      pass(value);
    },
    /** Drops any value still waiting. */
    cancel,
  };
}
