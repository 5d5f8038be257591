import { describe, expect, it } from 'vitest';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const TEXT = 'A reflection of five thousand characters. '.repeat(120).slice(0, 5000);
const SAVES_PER_ROUND = 400;
const ROUNDS = 9;

function courseWith(others: number) {
  const storage = new MemoryStorage();
  storage.setItem('fbe:version', '3');
  for (let i = 0; i < others; i++) {
    storage.setItem(
      `fbe:reflection:other-${i}`,
      JSON.stringify({ text: TEXT, savedAt: '2026-11-24T10:00:00.000Z', lesson: 'start-here' }),
    );
  }
  return createProgress(createStorageEngine(() => storage));
}

/** Median time of one save, in microseconds: each save changes the text, as typing does. */
function timeOneSave(progress: ReturnType<typeof courseWith>): number {
  const rounds: number[] = [];
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < SAVES_PER_ROUND; i++) progress.saveReflection('start-here-why-now', 'start-here', TEXT + String(n++));
    rounds.push(((performance.now() - start) * 1000) / SAVES_PER_ROUND);
  }
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

describe('the cost of saving one reflection', () => {
  it('is the same with 500 other long reflections stored as with none (within 2x)', () => {
    const empty = courseWith(0);
    const full = courseWith(500);
    // Warm up both, then interleave the measurements so machine noise hits both alike.
    timeOneSave(empty);
    timeOneSave(full);
    const withNone: number[] = [];
    const with500: number[] = [];
    for (let i = 0; i < 3; i++) {
      withNone.push(timeOneSave(empty));
      with500.push(timeOneSave(full));
    }
    const none = Math.min(...withNone);
    const many = Math.min(...with500);
    console.log(
      `Saving one reflection: ${none.toFixed(1)} µs with none stored, ${many.toFixed(1)} µs with 500 of 5,000 characters stored (${(many / none).toFixed(2)}x)`,
    );
    expect(many).toBeLessThanOrEqual(2 * none);
  });
});
