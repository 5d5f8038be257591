import { describe, expect, it } from 'vitest';
import { changeCounts, changeRows, describeCounts, growthSeries } from '../../src/lib/growth.ts';
import { nextStep, RETAKE_AFTER_WEEKS, type Place } from '../../src/lib/next-step.ts';
import { listInWords } from '../../src/lib/format.ts';

const dims = [
  { id: 'a', name: 'A', lessons: ['one', 'two'] },
  { id: 'b', name: 'B', lessons: ['two', 'three'] },
  { id: 'c', name: 'C', lessons: ['four'] },
];
const attempt = (completedAt: string, exercise: string, a: number, b: number, c: number) => ({
  completedAt,
  exercise,
  ratings: { a, b, c },
});
const baseline = attempt('2026-01-01T00:00:00.000Z', 'baseline', 1, 3, 1);
const retakes = [
  attempt('2026-02-01T00:00:00.000Z', 'retake', 2, 3, 1),
  attempt('2026-03-01T00:00:00.000Z', 'retake', 3, 3, 2),
  attempt('2026-04-01T00:00:00.000Z', 'retake', 4, 2, 2),
];
const places: Place[] = [
  { exercise: 'baseline', lesson: 'start' },
  { exercise: 'retake', lesson: 'capstone' },
];

describe('the growth series', () => {
  it('is nothing without attempts', () => {
    expect(growthSeries([])).toBeUndefined();
    expect(changeRows([], dims)).toEqual([]);
  });

  it('is the one attempt alone, with no baseline to compare, after one attempt', () => {
    expect(growthSeries([baseline])).toEqual({ latest: baseline, first: undefined, between: [] });
  });

  it('is the latest, the first as the baseline, and those in between, after several', () => {
    expect(growthSeries([baseline, retakes[0]])).toEqual({ latest: retakes[0], first: baseline, between: [] });
    expect(growthSeries([baseline, ...retakes])).toEqual({ latest: retakes[2], first: baseline, between: retakes.slice(0, 2) });
  });
});

describe('the change table', () => {
  it('has each level and no change after one attempt', () => {
    expect(changeRows([baseline], dims).map((r) => [r.name, r.previous, r.current, r.change])).toEqual([
      ['A', undefined, 1, undefined],
      ['B', undefined, 3, undefined],
      ['C', undefined, 1, undefined],
    ]);
  });

  it('compares the latest with the first, not with the one before', () => {
    const rows = changeRows([baseline, ...retakes], dims);
    expect(rows.map((r) => [r.name, r.previous, r.current, r.change])).toEqual([
      ['A', 1, 4, 3],
      ['B', 3, 2, -1],
      ['C', 1, 2, 1],
    ]);
    expect(changeCounts(rows)).toEqual({ up: 2, down: 1, same: 0 });
  });

  it('leaves out of the counts a dimension missing from either attempt', () => {
    const rows = changeRows([baseline, { ...retakes[0], ratings: { a: 1, b: 3 } }], dims);
    expect(changeCounts(rows)).toEqual({ up: 0, down: 0, same: 2 });
  });

  it('describes the counts in words', () => {
    expect(describeCounts({ up: 2, down: 1, same: 0 })).toBe('Up in 2 dimensions, down in 1 and the same in none');
    expect(describeCounts({ up: 1, down: 0, same: 3 })).toBe('Up in 1 dimension, down in none and the same in 3');
    expect(describeCounts({ up: 0, down: 0, same: 3 })).toBe('Up in none, down in none and the same in 3');
  });
});

describe('the next step', () => {
  const now = new Date('2026-04-08T00:00:00.000Z');

  it('is nothing without attempts', () => {
    expect(nextStep([], dims, places, now)).toBeUndefined();
  });

  it('names the weakest dimensions in the latest attempt and the lessons that build them, each once', () => {
    const step = nextStep([baseline], dims, places, now)!;
    expect(step.weakest).toEqual(['a', 'c']);
    expect(step.lessons).toEqual(['one', 'two', 'four']);
    expect(nextStep([baseline, ...retakes], dims, places, now)!.weakest).toEqual(['b', 'c']);
  });

  it('names no weakest dimension when all are at the same level', () => {
    const even = attempt('2026-01-01T00:00:00.000Z', 'baseline', 2, 2, 2);
    expect(nextStep([even], dims, places, now)).toMatchObject({ weakest: [], lessons: [] });
  });

  it('sends the learner to the next place in the course that asks for it and has no attempt yet', () => {
    expect(nextStep([baseline], dims, places, now)!.retake).toEqual({ when: 'in-course', lesson: 'capstone' });
    // A retake taken first still leaves the baseline to do.
    expect(nextStep([retakes[0]!], dims, places, now)!.retake).toEqual({ when: 'in-course', lesson: 'start' });
  });

  it('once every place has an attempt, says how many weeks until the next retake, in the last place', () => {
    const retake = nextStep([baseline, ...retakes], dims, places, now)!.retake;
    // The latest attempt was a week before `now`.
    expect(retake).toEqual({ when: 'later', lesson: 'capstone', weeks: RETAKE_AFTER_WEEKS - 1, on: '2026-09-30T00:00:00.000Z' });
  });

  it('says to retake now once the time between attempts has passed', () => {
    const later = new Date('2026-12-01T00:00:00.000Z');
    expect(nextStep([baseline, ...retakes], dims, places, later)!.retake).toEqual({
      when: 'now',
      lesson: 'capstone',
      weeksSince: 34,
    });
  });

  it('has no retake advice when no lesson asks for the instrument', () => {
    expect(nextStep([baseline], dims, [], now)!.retake).toBeUndefined();
  });
});

describe('lists in words', () => {
  it('join with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
