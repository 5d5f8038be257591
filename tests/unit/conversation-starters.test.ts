import { describe, expect, it } from 'vitest';
import { conversationStarters } from '../../src/lib/conversation-starters.ts';

const dimensions = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));

describe('conversationStarters', () => {
  it('names the two lowest-rated dimensions, ties in the instrument order', () => {
    expect(conversationStarters({ a: 3, b: 2, c: 2, d: 1 }, undefined, dimensions)).toEqual({
      lowest: ['d', 'b'],
      largestChange: undefined,
    });
  });

  it('names the largest change since the first attempt, a drop as much as a rise, the first of equals', () => {
    expect(conversationStarters({ a: 3, b: 1, c: 4, d: 2 }, { a: 2, b: 3, c: 2, d: 2 }, dimensions).largestChange).toEqual({
      id: 'b',
      change: -2,
    });
    expect(conversationStarters({ a: 2, b: 2 }, { a: 2, b: 2 }, dimensions).largestChange).toBeUndefined();
  });

  it('skips dimensions without a level in either attempt', () => {
    expect(conversationStarters({ a: 1, c: 5 }, { c: 1 }, dimensions)).toEqual({
      lowest: ['a', 'c'],
      largestChange: { id: 'c', change: 4 },
    });
  });
});
