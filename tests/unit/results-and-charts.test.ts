import { describe, expect, it, vi } from 'vitest';
import {
  compareAttempts,
  describeChange,
  isComplete,
  levelDescription,
  strongestAndWeakest,
} from '../../src/lib/assessment-results.ts';
import { labelPlacement, radarPoint, radarPolygon } from '../../src/lib/radar.ts';
import { countWords } from '../../src/lib/words.ts';
import { debounce } from '../../src/lib/debounce.ts';

const dims = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

describe('self-assessment results', () => {
  it('are complete only when every dimension is rated', () => {
    expect(isComplete({ a: 1, b: 2 }, dims)).toBe(false);
    expect(isComplete({ a: 1, b: 2, c: 5 }, dims)).toBe(true);
  });

  it('name the strongest and weakest dimensions, ties included', () => {
    expect(strongestAndWeakest({ a: 4, b: 2, c: 4 }, dims)).toEqual({ strongest: ['a', 'c'], weakest: ['b'] });
    expect(strongestAndWeakest({ a: 3, b: 3, c: 3 }, dims)).toEqual({ strongest: [], weakest: [] });
  });

  it('show the change per dimension against an earlier attempt', () => {
    expect(compareAttempts({ a: 4, b: 2, c: 3 }, { a: 2, b: 3, c: 3 }, dims)).toEqual([
      { id: 'a', name: 'A', current: 4, previous: 2, change: 2 },
      { id: 'b', name: 'B', current: 2, previous: 3, change: -1 },
      { id: 'c', name: 'C', current: 3, previous: 3, change: 0 },
    ]);
    expect(compareAttempts({ a: 1 }, undefined, dims.slice(0, 1))).toEqual([
      { id: 'a', name: 'A', current: 1, previous: undefined, change: undefined },
    ]);
    expect([2, -1, 0, undefined].map(describeChange)).toEqual(['+2', '−1', 'no change', '—']);
  });
});

describe('chart geometry', () => {
  const centre = { x: 100, y: 100 };
  it('puts the first axis at 12 o’clock and goes clockwise', () => {
    expect(radarPoint(0, 4, 5, 5, 50, centre)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(1, 4, 5, 5, 50, centre)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(2, 4, 5, 5, 50, centre)).toEqual({ x: 100, y: 150 });
    expect(radarPoint(3, 4, 5, 5, 50, centre)).toEqual({ x: 50, y: 100 });
  });

  it('scales levels to the radius and clamps them', () => {
    expect(radarPoint(0, 4, 0, 5, 50, centre)).toEqual(centre);
    expect(radarPoint(1, 4, 9, 5, 50, centre)).toEqual({ x: 150, y: 100 });
    expect(radarPolygon([5, 0, 5, 0], 5, 50, centre)).toBe('100,50 100,100 100,150 100,100');
  });

  it('places labels over the chart in percent of its box, on the side away from it', () => {
    // A 200 by 100 box with the chart in its middle.
    const middle = { x: 100, y: 50 };
    expect(labelPlacement(0, 4, 40, middle, 200, 100)).toEqual({ left: 50, top: 10, side: 'top' });
    expect(labelPlacement(1, 4, 40, middle, 200, 100)).toEqual({ left: 70, top: 50, side: 'right' });
    expect(labelPlacement(2, 4, 40, middle, 200, 100)).toEqual({ left: 50, top: 90, side: 'bottom' });
    expect(labelPlacement(3, 4, 40, middle, 200, 100)).toEqual({ left: 30, top: 50, side: 'left' });
    // Seven axes: only the first is near enough the vertical to sit above; the others sit beside the chart.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => labelPlacement(i, 7, 40, middle, 200, 100).side)).toEqual([
      'top',
      'right',
      'right',
      'right',
      'left',
      'left',
      'left',
    ]);
  });
});

describe('writing helpers', () => {
  it('count words as a reader would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one  two\nthree ')).toBe(3);
  });

  it('debounce saves after a pause, and at once on flush', () => {
    vi.useFakeTimers();
    const save = vi.fn();
    const saver = debounce(save, 500);
    saver.schedule();
    saver.schedule();
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    saver.schedule();
    expect(saver.pending).toBe(true);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});

describe('the words of a chosen level', () => {
  const instrument = {
    version: 2,
    dimensions: [{ id: 'systems', levels: ['new 1', 'new 2', 'new 3', 'new 4', 'new 5'] }],
    earlier: [{ version: 1, dimensions: [{ id: 'systems', levels: ['old 1', 'old 2', 'old 3', 'old 4', 'old 5'] }] }],
  };
  it('come from the version the attempt was taken against; attempts without a version are version 1', () => {
    expect(levelDescription(instrument, 2, 'systems', 3)).toBe('new 3');
    expect(levelDescription(instrument, 1, 'systems', 3)).toBe('old 3');
    expect(levelDescription(instrument, undefined, 'systems', 5)).toBe('old 5');
    expect(levelDescription(instrument, 7, 'systems', 1)).toBeUndefined();
    expect(levelDescription(instrument, 2, 'gone', 1)).toBeUndefined();
  });
});
