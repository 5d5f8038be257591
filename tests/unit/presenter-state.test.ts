import { describe, expect, it } from 'vitest';
import { isRunning, remaining } from '../../src/lib/countdown.ts';
import { presenterStart, presenterUpdate, type PresenterChange, type PresenterState } from '../../src/lib/presenter-state.ts';

const T0 = Date.parse('2026-11-25T10:00:00.000Z');
const MINUTE = 60_000;
const apply = (state: PresenterState, ...changes: [PresenterChange, number][]) =>
  changes.reduce((s, [change, now]) => presenterUpdate(s, change, now), state);

describe('the presenter’s steps and timers', () => {
  const start = presenterStart([10, 20, 30]);

  it('starts on the first step with every timer full and paused', () => {
    expect(start.step).toBe(0);
    expect(start.timers.map((t) => [remaining(t, T0), isRunning(t)])).toEqual([
      [10 * MINUTE, false],
      [20 * MINUTE, false],
      [30 * MINUTE, false],
    ]);
  });

  it('moves one step at a time, to the first and the last, and no further than either end', () => {
    expect(apply(start, ['next', T0]).step).toBe(1);
    expect(apply(start, ['next', T0], ['next', T0], ['next', T0]).step).toBe(2);
    expect(apply(start, ['previous', T0]).step).toBe(0);
    expect(apply(start, ['last', T0]).step).toBe(2);
    expect(apply(start, ['last', T0], ['first', T0]).step).toBe(0);
    expect(apply(start, ['previous', T0])).toBe(start);
  });

  it('runs only the step on screen’s timer, pauses it on leaving, and finds it as left on coming back', () => {
    const left = apply(start, ['start-pause', T0], ['next', T0 + 4 * MINUTE]);
    expect(isRunning(left.timers[0]!)).toBe(false);
    expect(isRunning(left.timers[1]!)).toBe(false);
    const back = apply(left, ['previous', T0 + 9 * MINUTE]);
    expect(remaining(back.timers[0]!, T0 + 9 * MINUTE)).toBe(6 * MINUTE);
    expect(remaining(back.timers[1]!, T0 + 9 * MINUTE)).toBe(20 * MINUTE);
  });

  it('adds a minute to and resets the step on screen only', () => {
    const more = apply(start, ['next', T0], ['add-minute', T0]);
    expect(more.timers.map((t) => remaining(t, T0) / MINUTE)).toEqual([10, 21, 30]);
    expect(apply(more, ['reset', T0]).timers.map((t) => remaining(t, T0) / MINUTE)).toEqual([10, 20, 30]);
  });
});
