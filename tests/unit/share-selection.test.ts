import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../src/progress/snapshot.ts';
import { NOTHING_SELECTED, sharePayload } from '../../src/progress/share-selection.ts';
import { decodeShare, encodeShare } from '../../src/progress/shares.ts';

const LEARNER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const NOW = new Date('2026-11-25T10:00:00.000Z');
const attempt = (day: number, level: number) => ({
  completedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  exercise: 'start-here-competency-baseline',
  ratings: { listening: level },
});

function stored() {
  const snapshot = emptySnapshot();
  snapshot.attempts['skills'] = { attempts: [attempt(1, 1), attempt(2, 2), attempt(3, 3)] };
  snapshot.reflection['a'] = { text: 'First', savedAt: NOW.toISOString() };
  snapshot.reflection['b'] = { text: 'Second', savedAt: NOW.toISOString() };
  snapshot.reflection['c'] = { text: 'Third', savedAt: NOW.toISOString() };
  snapshot.scenario['s'] = { option: 'o', answeredAt: NOW.toISOString() };
  snapshot.commitments['plan'] = { items: [] };
  snapshot.lesson['one'] = { completedAt: NOW.toISOString(), visitedAt: NOW.toISOString() };
  snapshot.lesson['two'] = { visitedAt: NOW.toISOString() };
  snapshot.draft['skills-draft'] = { ratings: { listening: 4 } };
  return snapshot;
}

describe('sharePayload', () => {
  it('shares nothing but who and when until something is chosen', () => {
    expect(sharePayload(stored(), NOTHING_SELECTED, LEARNER, NOW)).toEqual({
      format: 'fbe-share',
      version: 1,
      learner: LEARNER,
      sharedAt: NOW.toISOString(),
    });
  });

  it('takes the latest attempt, the baseline with the latest, or every attempt', () => {
    const levels = (choice: 'latest' | 'baseline-and-latest' | 'all') =>
      sharePayload(stored(), { ...NOTHING_SELECTED, attempts: { skills: choice } }, LEARNER, NOW).assessments?.[
        'skills'
      ]?.attempts.map((a) => a.ratings['listening']);
    expect(levels('latest')).toEqual([3]);
    expect(levels('baseline-and-latest')).toEqual([1, 3]);
    expect(levels('all')).toEqual([1, 2, 3]);
  });

  it('takes exactly the reflections ticked, completed lessons only, and never drafts or visits', () => {
    const payload = sharePayload(
      stored(),
      { ...NOTHING_SELECTED, name: '  Ana  ', reflections: ['a', 'c', 'gone'], completion: true, scenarios: true },
      LEARNER,
      NOW,
    );
    expect(payload.name).toBe('Ana');
    expect(Object.keys(payload.reflections ?? {})).toEqual(['a', 'c']);
    expect(payload.completed).toEqual(['one']);
    expect(payload.scenarios).toEqual({ s: { option: 'o', answeredAt: NOW.toISOString() } });
    expect(payload.commitments).toBeUndefined();
    expect(JSON.stringify(payload)).not.toContain('skills-draft');
  });

  it('makes a payload the codec writes and reads back unchanged', async () => {
    const payload = sharePayload(
      stored(),
      { name: 'Ana', attempts: { skills: 'all' }, completion: true, reflections: ['b'], scenarios: true, commitments: true },
      LEARNER,
      NOW,
    );
    expect(await decodeShare(await encodeShare(payload))).toEqual({ ok: true, payload });
  });
});
