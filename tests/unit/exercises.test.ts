import { describe, expect, it } from 'vitest';
import { findExerciseProblems, findExercises, findInstrumentProblems } from '../../src/lib/exercises.ts';

const body = `
Some text.

<Reflection id="lesson-a-week" prompt="What did you do?" />

<Scenario id="lesson-a-sev1" />

<SelfAssessment id="lesson-a-baseline" instrument="competencies" />

<WeekAudit id="lesson-a-week-audit" />
`;

describe('exercises in MDX', () => {
  it('are found with their ids, instruments and prompts', () => {
    expect(findExercises(body, 'lesson-a', 'a.mdx')).toEqual([
      { component: 'Reflection', id: 'lesson-a-week', prompt: 'What did you do?', lessonId: 'lesson-a', file: 'a.mdx' },
      { component: 'Scenario', id: 'lesson-a-sev1', lessonId: 'lesson-a', file: 'a.mdx' },
      { component: 'SelfAssessment', id: 'lesson-a-baseline', instrument: 'competencies', lessonId: 'lesson-a', file: 'a.mdx' },
      { component: 'WeekAudit', id: 'lesson-a-week-audit', lessonId: 'lesson-a', file: 'a.mdx' },
    ]);
  });

  const known = { scenarios: new Set(['lesson-a-sev1']), instruments: new Set(['competencies']), weekSplit: true };

  it('have no problems when ids are unique and references exist', () => {
    expect(findExerciseProblems(findExercises(body, 'lesson-a', 'a.mdx'), known)).toEqual([]);
  });

  it('report a duplicate id naming both files', () => {
    const uses = [
      ...findExercises(body, 'lesson-a', 'a.mdx'),
      ...findExercises('<Reflection id="lesson-a-week" prompt="x" />', 'b', 'b.mdx'),
    ];
    expect(findExerciseProblems(uses, known)).toEqual([
      'b.mdx: exercise id "lesson-a-week" is already used in a.mdx; every exercise id must be unique',
    ]);
  });

  it('report a missing id and missing scenario or instrument files', () => {
    const uses = findExercises(
      '<Reflection prompt="x" />\n<Scenario id="nope" />\n<SelfAssessment id="s" instrument="zz" />',
      'c',
      'c.mdx',
    );
    expect(findExerciseProblems(uses, known)).toEqual([
      'c.mdx: <Reflection> needs an id="..." of lowercase words joined by hyphens',
      'c.mdx: <Scenario id="nope"> has no file content/scenarios/nope.yaml',
      'c.mdx: <SelfAssessment instrument="zz"> has no file content/assessments/zz.yaml',
    ]);
  });

  it('report a week audit whose id is used elsewhere, or with no week-split guidance to read', () => {
    const uses = [
      ...findExercises(body, 'lesson-a', 'a.mdx'),
      ...findExercises('<WeekAudit id="lesson-a-week-audit" />\n<WeekAudit id="d-audit" />', 'd', 'd.mdx'),
    ];
    expect(findExerciseProblems(uses, { ...known, weekSplit: false })).toEqual([
      'a.mdx: <WeekAudit id="lesson-a-week-audit"> needs content/week-split.yaml, which is missing or could not be read',
      'd.mdx: exercise id "lesson-a-week-audit" is already used in a.mdx; every exercise id must be unique',
      'd.mdx: <WeekAudit id="lesson-a-week-audit"> needs content/week-split.yaml, which is missing or could not be read',
      'd.mdx: <WeekAudit id="d-audit"> needs content/week-split.yaml, which is missing or could not be read',
    ]);
  });
});

describe('self-assessment instruments', () => {
  it('report a lesson they point to that does not exist', () => {
    const instruments = [{ id: 'competencies', dimensions: [{ id: 'strategy', lessons: ['real', 'gone'] }] }];
    expect(findInstrumentProblems(instruments, new Set(['real']))).toEqual([
      'content/assessments/competencies.yaml: dimension "strategy" lists lesson "gone", which does not exist',
    ]);
  });
});
