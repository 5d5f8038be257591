import { describe, expect, it } from 'vitest';
import { resumeStep, stepLabel } from '../../src/lib/assessment-steps.ts';
import { suggestedLessons } from '../../src/lib/suggested-lessons.ts';

const dims = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];

describe('a self-assessment taken one dimension at a time', () => {
  it('resumes at the first dimension not yet rated, whatever was rated after it', () => {
    expect(resumeStep({}, dims)).toBe(0);
    expect(resumeStep({ a: 2 }, dims)).toBe(1);
    expect(resumeStep({ a: 2, c: 4 }, dims)).toBe(1);
    expect(resumeStep({ b: 1, c: 4 }, dims)).toBe(0);
  });

  it('resumes at the review step, after the last dimension, once every dimension is rated', () => {
    expect(resumeStep({ a: 1, b: 5, c: 3 }, dims)).toBe(3);
  });

  it('names each step: a dimension out of all of them, or the review with how many are rated', () => {
    expect(stepLabel(0, {}, dims)).toBe('Dimension 1 of 3');
    expect(stepLabel(2, { a: 1 }, dims)).toBe('Dimension 3 of 3');
    expect(stepLabel(3, { a: 1, c: 2 }, dims)).toBe('Review: 2 of 3 rated');
  });
});

describe('the lessons suggested for the weakest dimensions', () => {
  const lesson = (id: string) => ({ id, title: id.toUpperCase(), href: `/m/${id}/` });
  const instrument = [
    { id: 'a', lessons: [lesson('one'), lesson('capstone')] },
    { id: 'b', lessons: [lesson('two'), lesson('one')] },
    { id: 'c', lessons: [lesson('three')] },
  ];

  it('are those of the weakest dimensions, in order and each once', () => {
    expect(suggestedLessons(instrument, ['a', 'b'], 'elsewhere', new Set()).map((l) => l.id)).toEqual(['one', 'capstone', 'two']);
  });

  it('leave out the lesson the assessment is in', () => {
    expect(suggestedLessons(instrument, ['a'], 'capstone', new Set()).map((l) => l.id)).toEqual(['one']);
  });

  it('leave out lessons already completed', () => {
    expect(suggestedLessons(instrument, ['a', 'b'], 'capstone', new Set(['one'])).map((l) => l.id)).toEqual(['two']);
  });

  it('can leave nothing', () => {
    expect(suggestedLessons(instrument, ['c'], 'capstone', new Set(['three']))).toEqual([]);
  });
});
