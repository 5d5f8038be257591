/**
 * A step's countdown, kept as timestamps rather than counted ticks, so it stays right however rarely the page gets to
 * run (a hidden tab's timers are slowed or paused): what is left is always worked out from the clock.
 */
export interface Countdown {
  /** The step's planned length, in milliseconds: what a reset returns to. */
  readonly planned: number;
  /** The length now, in milliseconds: the planned length plus any minutes added. */
  readonly total: number;
  /** Time counted in earlier runs, before the last pause. */
  readonly spent: number;
  /** When the current run started (milliseconds since the epoch), or null while paused. */
  readonly runningSince: number | null;
}

const MINUTE = 60_000;

/** A countdown of `minutes`, not yet started. */
export const createCountdown = (minutes: number): Countdown => ({
  planned: minutes * MINUTE,
  total: minutes * MINUTE,
  spent: 0,
  runningSince: null,
});

export const isRunning = (countdown: Countdown) => countdown.runningSince !== null;

/** Time counted so far. A clock set back never makes it go backwards. */
function elapsed(countdown: Countdown, now: number): number {
  const run = countdown.runningSince === null ? 0 : Math.max(0, now - countdown.runningSince);
  return countdown.spent + run;
}

/** Milliseconds left, never below zero. */
export const remaining = (countdown: Countdown, now: number) => Math.max(0, countdown.total - elapsed(countdown, now));

export const isTimeUp = (countdown: Countdown, now: number) => remaining(countdown, now) === 0;

export const start = (countdown: Countdown, now: number): Countdown =>
  isRunning(countdown) ? countdown : { ...countdown, runningSince: now };

export const pause = (countdown: Countdown, now: number): Countdown =>
  isRunning(countdown) ? { ...countdown, spent: elapsed(countdown, now), runningSince: null } : countdown;

export const toggle = (countdown: Countdown, now: number) =>
  isRunning(countdown) ? pause(countdown, now) : start(countdown, now);

/** Back to the planned length, paused, with any added minutes dropped. */
export const reset = (countdown: Countdown): Countdown => createCountdown(countdown.planned / MINUTE);

/**
 * One more minute on the clock, running or paused. Once time is up, the minute counts from now: a step that overran
 * by five minutes gets one minute more, not a total that is still used up.
 */
export function addMinute(countdown: Countdown, now: number): Countdown {
  const total = Math.max(countdown.total, elapsed(countdown, now)) + MINUTE;
  return { ...countdown, total };
}

/** "12:05": minutes and seconds left, rounded up, so it reads 0:00 only when time is up. */
export function formatClock(milliseconds: number): string {
  const seconds = Math.ceil(Math.max(0, milliseconds) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
