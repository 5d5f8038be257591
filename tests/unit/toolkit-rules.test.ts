import { describe, expect, it } from 'vitest';
import { findToolkitProblems, type TemplateFacts } from '../../src/lib/toolkit-rules.ts';

const LESSONS = new Set(['first-lesson', 'second-lesson']);
const template = (facts: Partial<TemplateFacts>): TemplateFacts => ({
  id: 'plan',
  file: 'content/toolkit/plan.yaml',
  lessons: ['first-lesson'],
  csv: [],
  ...facts,
});

describe('the toolkit rules', () => {
  it('accept templates whose lessons exist and whose CSV files have their own names', () => {
    expect(findToolkitProblems([template({ lessons: ['first-lesson', 'second-lesson'], csv: ['a', 'b'] })], LESSONS)).toEqual([]);
  });

  it('refuse a lesson that does not exist, naming the file and field', () => {
    expect(findToolkitProblems([template({ lessons: ['first-lesson', 'no-such-lesson'] })], LESSONS)).toEqual([
      'content/toolkit/plan.yaml: lessons[1] names "no-such-lesson", which is not a lesson',
    ]);
  });

  it('refuse a lesson named twice', () => {
    expect(findToolkitProblems([template({ lessons: ['first-lesson', 'first-lesson'] })], LESSONS)).toEqual([
      'content/toolkit/plan.yaml: lessons[1] names "first-lesson" a second time',
    ]);
  });

  it('refuse two tables offered under one CSV name, which would overwrite each other', () => {
    expect(findToolkitProblems([template({ csv: ['costs', 'costs'] })], LESSONS)).toEqual([
      'content/toolkit/plan.yaml: two tables are offered as "costs.csv"; give each its own csv name',
    ]);
  });
});
