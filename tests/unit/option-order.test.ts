import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { optionOrder } from '../../src/lib/option-order.ts';

const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((o) => o.id).join(',');
/** The real course's scenarios, by id, with as many options as each really has. */
const scenarios = readdirSync('content/scenarios').map((file) => ({
  id: file.replace(/\.yaml$/, ''),
  options: (parse(readFileSync(`content/scenarios/${file}`, 'utf8')) as { options: unknown[] }).options.map((_, i) => ({
    id: `option-${i}`,
  })),
}));

describe('the order of a scenario’s options', () => {
  it('is a permutation of the options, and the same on every call', () => {
    const first = optionOrder('learner-1', 'a-scenario', options);
    expect([...first].sort((x, y) => x.id.localeCompare(y.id))).toEqual(options);
    for (let i = 0; i < 10; i++) expect(ids(optionOrder('learner-1', 'a-scenario', options))).toBe(ids(first));
    expect(options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('differs between learners across the course’s scenarios', () => {
    const orderFor = (learner: string) => scenarios.map((s) => ids(optionOrder(learner, s.id, s.options))).join(' | ');
    const learners = Array.from({ length: 20 }, (_, i) => `learner-${i}`);
    const distinct = new Set(learners.map(orderFor));
    expect(distinct.size).toBe(learners.length);
  });

  it('puts the first option of the file in every position for some learner', () => {
    const positions = new Set(
      Array.from({ length: 200 }, (_, i) => optionOrder(`learner-${i}`, 'a-scenario', options).findIndex((o) => o.id === 'a')),
    );
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });
});
