import { describe, expect, it } from 'vitest';
import { findLessonRuleProblems, teachingWords } from '../../src/lib/lesson-rules.ts';
import { collectReferences, sortName } from '../../src/lib/references.ts';
import { slugify } from '../../src/lib/slugify.ts';
import type { ExerciseUse } from '../../src/lib/exercises.ts';
import type { Reading } from '../../src/schemas/reading.ts';

const use = (component: string): ExerciseUse => ({ component, id: `x-${component.toLowerCase()}`, lessonId: 'x', file: 'x.mdx' });

describe('lesson rules', () => {
  it('count teaching words, leaving out headings, exercise tags, comments and link targets', () => {
    const body = [
      '## A heading of many words here',
      'One two three [four](../../some/long-path/) five.',
      '<Reflection id="x-reflection" prompt="Not counted, these words" />',
      '{/* not counted either */}',
      "- six, seven's eight-nine",
    ].join('\n\n');
    expect(teachingWords(body)).toBe(8);
  });

  it('report a lesson outside 900 to 1,600 words, or without its exercises', () => {
    const words = (n: number) => 'word '.repeat(n);
    expect(findLessonRuleProblems({ file: 'x.mdx', body: words(1000) }, [use('Reflection'), use('Scenario')])).toEqual([]);
    expect(findLessonRuleProblems({ file: 'x.mdx', body: words(1000) }, [use('Reflection'), use('SelfAssessment')])).toEqual([]);
    expect(findLessonRuleProblems({ file: 'x.mdx', body: words(899) }, [use('Reflection'), use('Scenario')])).toEqual([
      'x.mdx: has 899 words of teaching; a lesson has 900 to 1600',
    ]);
    expect(findLessonRuleProblems({ file: 'x.mdx', body: words(1601) }, [use('Commitments')])).toEqual([
      'x.mdx: has 1601 words of teaching; a lesson has 900 to 1600',
      'x.mdx: needs at least one <Reflection>',
      'x.mdx: needs at least one <Scenario> or <SelfAssessment>',
    ]);
  });
});

describe('references', () => {
  const grove = { author: 'Andrew S. Grove', title: 'High Output Management', year: 1983 };
  const accelerate = { author: 'Nicole Forsgren, Jez Humble and Gene Kim', title: 'Accelerate', year: 2018 };
  const brooks = { author: 'Frederick P. Brooks Jr.', title: 'The Mythical Man-Month', year: 1975 };
  const lesson = (id: string, readings: Reading[]) => ({ id, title: id.toUpperCase(), href: `/${id}/`, readings });

  it('sort by the first author’s surname', () => {
    expect([grove, accelerate, brooks].map((r) => sortName(r.author))).toEqual(['grove', 'forsgren', 'brooks']);
  });

  it('list each work once, with every lesson that cites it, sorted', () => {
    const refs = collectReferences([
      lesson('a', [grove, accelerate]),
      lesson('b', [{ ...grove, author: 'Andy Grove', url: 'https://example.org/hom' }, brooks]),
      lesson('c', [{ ...grove, title: 'High output management' }]),
    ]);
    expect(refs.map((r) => r.title)).toEqual(['The Mythical Man-Month', 'Accelerate', 'High Output Management']);
    expect(refs[2]!.citedBy.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(refs[2]!.url).toBe('https://example.org/hom');
  });
});

describe('slugs', () => {
  it('make anchors from terms', () => {
    expect(slugify("Conway's law")).toBe('conways-law');
    expect(slugify('R&D as a share of revenue')).toBe('r-d-as-a-share-of-revenue');
    expect(slugify('  Westrum culture ')).toBe('westrum-culture');
  });
});
