import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  decodeShare,
  encodeShare,
  shareItemCosts,
  shareItems,
  shareLength,
  withoutShareItem,
  type ShareItem,
  type ShareItemCost,
  type SharePayload,
} from '../../src/progress/shares.ts';

const root = resolve(import.meta.dirname, '../..');
const at = '2026-11-24T10:00:00.000Z';

/** The real instrument's dimensions, so the attempts are the size they are in the course. */
const instrument = parse(readFileSync(resolve(root, 'content/assessments/competencies.yaml'), 'utf8')) as {
  version: number;
  dimensions: { id: string }[];
};
const attempt = (exercise: string, completedAt: string, shift: number) => ({
  completedAt,
  exercise,
  ratings: Object.fromEntries(instrument.dimensions.map(({ id }, i) => [id, ((i + shift) % 5) + 1])),
  version: instrument.version,
});

/** 150 words of the course's own prose, standing in for a learner's reflection: real English compresses as writing does. */
function words150(lesson: string): string {
  const body = readFileSync(resolve(root, 'content/lessons', lesson), 'utf8').split(/^---$/m)[2] ?? '';
  const prose = body
    .split('\n')
    .filter((line) => /^[A-Z]/.test(line))
    .join(' ');
  return prose.split(/\s+/).slice(0, 150).join(' ');
}

/** A typical share: the baseline and the latest attempt of the competency instrument, and three reflections. */
const typical: SharePayload = {
  format: 'fbe-share',
  version: 1,
  learner: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  sharedAt: at,
  assessments: {
    competencies: {
      attempts: [
        attempt('start-here-competency-baseline', '2026-09-01T09:00:00.000Z', 0),
        attempt('capstone-competency-retake', at, 2),
      ],
    },
  },
  reflections: {
    'leading-leaders-maturity': {
      text: words150('people-leadership/01-leading-leaders.mdx'),
      savedAt: at,
      lesson: 'leading-leaders',
    },
    'influence-across-the-company-translate': {
      text: words150('communication-influence-money/01-influence-across-the-company.mdx'),
      savedAt: at,
      lesson: 'influence-across-the-company',
    },
    'software-entropy-and-technical-debt-hotspot': {
      text: words150('fighting-entropy/01-software-entropy-and-technical-debt.mdx'),
      savedAt: at,
      lesson: 'software-entropy-and-technical-debt',
    },
  },
};

describe('the length of a share link', () => {
  it('is under 4,000 characters for a typical share, plain and with a passphrase', async () => {
    expect(instrument.dimensions).toHaveLength(7);
    for (const { text } of Object.values(typical.reflections ?? {})) expect(text.split(' ')).toHaveLength(150);
    const plain = await encodeShare(typical);
    const locked = await encodeShare(typical, { passphrase: 'tea at four' });
    console.log(`Typical share link: ${plain.length} characters plain, ${locked.length} with a passphrase`);
    expect(plain.length).toBeLessThan(4_000);
    expect(locked.length).toBeLessThan(4_000);
    expect(await decodeShare(locked, { passphrase: 'tea at four' })).toEqual({ ok: true, payload: typical });
  });

  it('is known before the link is made, with or without a passphrase', async () => {
    expect(await shareLength(typical)).toBe((await encodeShare(typical)).length);
    expect(await shareLength(typical, { encrypted: true })).toBe((await encodeShare(typical, { passphrase: 'p' })).length);
  });

  it('is broken down by item, largest first, so the learner knows what to drop', async () => {
    const { length, items }: { length: number; items: ShareItemCost[] } = await shareItemCosts(typical);
    expect(length).toBe(await shareLength(typical));
    expect(items.map(({ item }) => item)).toHaveLength(5);
    expect(items.slice(0, 3).map(({ item }) => item.part)).toEqual(['reflections', 'reflections', 'reflections']);
    expect(items.slice(3).map(({ item }) => item.part)).toEqual(['assessments', 'assessments']);
    for (const { saves } of items) expect(saves).toBeGreaterThan(0);
  });
});

describe('share items', () => {
  const full: SharePayload = {
    ...typical,
    name: 'Sam',
    completed: ['start-here'],
    scenarios: { 'delegation-call': { option: 'coach-first', answeredAt: at } },
    commitments: { 'capstone-commitments': { items: [] } },
  };

  it('lists every item a learner can leave out', () => {
    const items: ShareItem[] = shareItems(full);
    expect(items).toEqual([
      { part: 'name' },
      { part: 'assessments', id: 'competencies', attempt: 0 },
      { part: 'assessments', id: 'competencies', attempt: 1 },
      { part: 'completed' },
      { part: 'reflections', id: 'leading-leaders-maturity' },
      { part: 'reflections', id: 'influence-across-the-company-translate' },
      { part: 'reflections', id: 'software-entropy-and-technical-debt-hotspot' },
      { part: 'scenarios', id: 'delegation-call' },
      { part: 'commitments', id: 'capstone-commitments' },
    ]);
  });

  it('drops one item at a time, and a part once it is empty, leaving the original alone', () => {
    const { name: _, completed: __, scenarios: ___, commitments: ____, ...rest } = full;
    let left = full;
    for (const item of shareItems(full).filter(({ part }) => !['reflections', 'assessments'].includes(part))) {
      left = withoutShareItem(left, item);
    }
    expect(left).toEqual(rest);
    expect(Object.keys(left)).not.toContain('name');
    const noLatest = withoutShareItem(left, { part: 'assessments', id: 'competencies', attempt: 1 });
    expect(noLatest.assessments?.['competencies']?.attempts).toEqual([typical.assessments?.['competencies']?.attempts[0]]);
    const noAttempts = withoutShareItem(noLatest, { part: 'assessments', id: 'competencies', attempt: 0 });
    expect(Object.keys(noAttempts)).not.toContain('assessments');
    expect(full.name).toBe('Sam');
  });
});
