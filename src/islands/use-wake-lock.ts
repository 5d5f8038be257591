import { useEffect } from 'preact/hooks';

/**
 * Keeps the screen awake while `active`, where the browser offers the Screen Wake Lock API. The browser lets the lock
 * go whenever the page is hidden, so it is asked for again each time the page is shown. Where the API is missing or
 * refuses (low battery, a policy), nothing happens: the screen may dim, and the timer stays right.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let ended = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      navigator.wakeLock.request('screen').then(
        (granted) => {
          if (ended) void granted.release();
          else lock = granted;
        },
        () => undefined,
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      ended = true;
      document.removeEventListener('visibilitychange', acquire);
      lock?.release().catch(() => undefined);
    };
  }, [active]);
}
