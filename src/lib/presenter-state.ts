import { addMinute, createCountdown, pause, reset, toggle, type Countdown } from './countdown.ts';
import type { PresenterAction } from './presenter-keys.ts';

/** Which step is on screen, and each step's own countdown (going back to a step finds its timer as it was left). */
export interface PresenterState {
  step: number;
  timers: Countdown[];
}

/** What changes the presenter's state; full screen and the key list belong to the browser, not to this state. */
export type PresenterChange = Exclude<PresenterAction, 'full-screen' | 'keys'>;

export const presenterStart = (minutes: number[]): PresenterState => ({ step: 0, timers: minutes.map(createCountdown) });

/** The state after a change at `now`. Leaving a step pauses its timer, so no clock runs out of sight. */
export function presenterUpdate(state: PresenterState, change: PresenterChange, now: number): PresenterState {
  switch (change) {
    case 'previous':
      return moveTo(state, state.step - 1, now);
    case 'next':
      return moveTo(state, state.step + 1, now);
    case 'first':
      return moveTo(state, 0, now);
    case 'last':
      return moveTo(state, state.timers.length - 1, now);
    case 'start-pause':
      return changeTimer(state, (timer) => toggle(timer, now));
    case 'reset':
      return changeTimer(state, reset);
    case 'add-minute':
      return changeTimer(state, (timer) => addMinute(timer, now));
  }
}

function moveTo(state: PresenterState, to: number, now: number): PresenterState {
  const step = Math.min(Math.max(to, 0), state.timers.length - 1);
  if (step === state.step) return state;
  return { step, timers: state.timers.map((timer, i) => (i === state.step ? pause(timer, now) : timer)) };
}

function changeTimer(state: PresenterState, change: (timer: Countdown) => Countdown): PresenterState {
  return { ...state, timers: state.timers.map((timer, i) => (i === state.step ? change(timer) : timer)) };
}
