import { describe, expect, it } from 'vitest';
import {
  addMinute,
  createCountdown,
  formatClock,
  isRunning,
  isTimeUp,
  pause,
  remaining,
  reset,
  start,
  toggle,
} from '../../src/lib/countdown.ts';

const T0 = Date.parse('2026-11-25T10:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('a step’s countdown', () => {
  it('waits until started, then counts down from the clock', () => {
    const ready = createCountdown(10);
    expect(isRunning(ready)).toBe(false);
    expect(remaining(ready, T0 + 5 * MINUTE)).toBe(10 * MINUTE);
    const running = start(ready, T0);
    expect(isRunning(running)).toBe(true);
    expect(remaining(running, T0 + 3 * MINUTE + 20 * SECOND)).toBe(6 * MINUTE + 40 * SECOND);
  });

  it('is worked out from timestamps alone: read once after a long gap (a hidden tab), it is already right', () => {
    const running = start(createCountdown(10), T0);
    expect(remaining(running, T0 + 7 * MINUTE + 30 * SECOND)).toBe(2 * MINUTE + 30 * SECOND);
    expect(remaining(running, T0 + 7 * MINUTE + 30 * SECOND)).toBe(2 * MINUTE + 30 * SECOND);
  });

  it('stops while paused and carries on from where it stopped', () => {
    const paused = pause(start(createCountdown(10), T0), T0 + 2 * MINUTE);
    expect(isRunning(paused)).toBe(false);
    expect(remaining(paused, T0 + 30 * MINUTE)).toBe(8 * MINUTE);
    const resumed = start(paused, T0 + 30 * MINUTE);
    expect(remaining(resumed, T0 + 31 * MINUTE)).toBe(7 * MINUTE);
    expect(remaining(pause(resumed, T0 + 32 * MINUTE), T0 + 40 * MINUTE)).toBe(6 * MINUTE);
  });

  it('ignores a second start or pause, and toggles between the two', () => {
    const running = start(createCountdown(5), T0);
    expect(start(running, T0 + MINUTE)).toBe(running);
    const paused = pause(running, T0 + MINUTE);
    expect(pause(paused, T0 + 2 * MINUTE)).toBe(paused);
    expect(isRunning(toggle(paused, T0 + 2 * MINUTE))).toBe(true);
    expect(remaining(toggle(toggle(paused, T0 + 2 * MINUTE), T0 + 3 * MINUTE), T0 + 9 * MINUTE)).toBe(3 * MINUTE);
  });

  it('resets to its planned length, paused, dropping added minutes', () => {
    const used = addMinute(start(createCountdown(10), T0), T0 + 4 * MINUTE);
    const again = reset(used);
    expect(isRunning(again)).toBe(false);
    expect(remaining(again, T0 + 20 * MINUTE)).toBe(10 * MINUTE);
  });

  it('adds a minute while running and while paused', () => {
    const running = addMinute(start(createCountdown(10), T0), T0 + 4 * MINUTE);
    expect(isRunning(running)).toBe(true);
    expect(remaining(running, T0 + 4 * MINUTE)).toBe(7 * MINUTE);
    const paused = addMinute(pause(start(createCountdown(10), T0), T0 + 4 * MINUTE), T0 + 9 * MINUTE);
    expect(isRunning(paused)).toBe(false);
    expect(remaining(paused, T0 + 20 * MINUTE)).toBe(7 * MINUTE);
  });

  it('never goes below zero, says when time is up, and gives one minute from now once it is', () => {
    const running = start(createCountdown(1), T0);
    expect(isTimeUp(running, T0 + MINUTE - 1)).toBe(false);
    expect(isTimeUp(running, T0 + MINUTE)).toBe(true);
    expect(remaining(running, T0 + 9 * MINUTE)).toBe(0);
    const more = addMinute(running, T0 + 9 * MINUTE);
    expect(isTimeUp(more, T0 + 9 * MINUTE)).toBe(false);
    expect(remaining(more, T0 + 9 * MINUTE + 20 * SECOND)).toBe(40 * SECOND);
  });

  it('never runs backwards when the clock is set back', () => {
    const running = start(createCountdown(10), T0);
    expect(remaining(running, T0 - 5 * MINUTE)).toBe(10 * MINUTE);
  });

  it('reads as minutes and seconds, rounded up so 0:00 means time is up', () => {
    expect([10 * MINUTE, 9 * MINUTE + 59_001, 65 * SECOND, 999, 1, 0, -5].map(formatClock)).toEqual([
      '10:00',
      '10:00',
      '1:05',
      '0:01',
      '0:01',
      '0:00',
      '0:00',
    ]);
  });
});
