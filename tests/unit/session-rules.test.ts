import { describe, expect, it } from 'vitest';
import { findSessionProblems, type SessionRef, type SessionTargets } from '../../src/lib/session-rules.ts';
import { sessionSchema } from '../../src/schemas/session.ts';

const targets: SessionTargets = {
  modules: new Map([
    ['orientation', 0],
    ['alpha', 1],
  ]),
  lessons: new Set(['start-here', 'a-lesson']),
  scenarios: new Set(['a-scenario']),
  reflections: new Set(['a-reflection']),
  cases: new Map([['a-case', 'content/cases/a-case.yaml']]),
};

const session = (id: string, fields: Partial<SessionRef> = {}): SessionRef => ({
  id,
  file: `content/sessions/${id}.yaml`,
  order: 0,
  kind: 'module',
  prework: [],
  agenda: [{ case: 'a-case' }],
  ...fields,
});

/** A run of sessions with nothing wrong: an opening, the one module's session and a closing. */
const valid = [
  session('opening', { kind: 'opening', order: 0, prework: ['start-here'] }),
  session('alpha', {
    module: 'alpha',
    order: 1,
    agenda: [{ scenario: 'a-scenario' }, { reflection: 'a-reflection' }, { case: 'a-case' }],
  }),
  session('closing', { kind: 'closing', order: 2 }),
];

describe('the rules across sessions', () => {
  it('finds nothing wrong with a valid run of sessions', () => {
    expect(findSessionProblems(valid, targets)).toEqual([]);
  });

  it('names the file and field of a lesson, scenario, reflection, case or module that does not exist', () => {
    const broken = session('alpha', {
      module: 'alpha',
      order: 1,
      prework: ['a-lesson', 'no-lesson'],
      agenda: [{ scenario: 'no-scenario' }, { reflection: 'no-reflection' }, { case: 'no-case' }, { case: 'a-case' }],
    });
    expect(findSessionProblems([valid[0]!, broken, valid[2]!], targets)).toEqual([
      'content/sessions/alpha.yaml: prework[1] names the lesson "no-lesson", which does not exist',
      'content/sessions/alpha.yaml: agenda[0].scenario names the scenario "no-scenario", which does not exist',
      'content/sessions/alpha.yaml: agenda[1].reflection names the reflection "no-reflection", which does not exist',
      'content/sessions/alpha.yaml: agenda[2].case names the case card "no-case", which does not exist',
    ]);
    const elsewhere = session('alpha', { module: 'beta', order: 1 });
    expect(findSessionProblems([valid[0]!, elsewhere, valid[2]!], targets)).toContain(
      'content/sessions/alpha.yaml: module names the module "beta", which does not exist',
    );
  });

  it('needs one opening, one closing and one session for each module after the orientation', () => {
    expect(findSessionProblems([valid[1]!, valid[2]!, session('again', { kind: 'closing', order: 3 })], targets)).toEqual([
      'content/sessions: there must be one opening session, and there are 0',
      'content/sessions: there must be one closing session, and there are 2',
    ]);
    expect(findSessionProblems([valid[0]!, valid[2]!], targets)).toEqual([
      'content/sessions: the module "alpha" needs one session, and has 0',
    ]);
  });

  it('refuses a session without a case, a shared position, an unused case card and a reserved id', () => {
    const problems = findSessionProblems(
      [valid[0]!, { ...valid[1]!, agenda: [{ scenario: 'a-scenario' }] }, { ...valid[2]!, id: 'cohort', order: 1 }],
      targets,
    );
    expect(problems).toEqual([
      'content/sessions/alpha.yaml: agenda has no step with a case; every session works on one of its case cards',
      'content/sessions/closing.yaml: the id "cohort" is taken by a facilitator page; rename the file',
      'content/sessions/closing.yaml: order 1 is already used by content/sessions/alpha.yaml',
    ]);
    expect(
      findSessionProblems(valid, { ...targets, cases: new Map([...targets.cases, ['spare', 'content/cases/spare.yaml']]) }),
    ).toEqual(['content/cases/spare.yaml: the case card "spare" is not used by any session\'s agenda']);
  });
});

describe('a session file', () => {
  const file = {
    title: 'A session',
    order: 1,
    kind: 'module',
    module: 'alpha',
    minutes: 60,
    goal: 'A goal.',
    prework: [],
    materials: ['Cards'],
    agenda: [
      { title: 'Check-in', minutes: 10, prompt: 'How are you?' },
      { title: 'Case', minutes: 40, case: 'a-case' },
      { title: 'Round', minutes: 10, reflection: 'a-reflection' },
    ],
  };
  const issues = (value: unknown) =>
    sessionSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('accepts an agenda whose minutes add up to the session', () => {
    expect(issues(file)).toEqual([]);
  });

  it('refuses an agenda whose minutes do not add up, naming the field', () => {
    expect(issues({ ...file, minutes: 90 })).toEqual([
      "agenda: the steps' minutes add up to 60, but the session lasts 90; make them equal",
    ]);
  });

  it('refuses a length other than 60, 90 or 120 minutes, a step with nothing to work on, and a module session without its module', () => {
    expect(issues({ ...file, minutes: 75 })).toContain('minutes: a session lasts 60, 90 or 120 minutes');
    expect(issues({ ...file, agenda: [...file.agenda.slice(0, 2), { title: 'Round', minutes: 10 }] })).toEqual([
      'agenda.2: a step needs a prompt, a scenario, a reflection or a case for the room to work on',
    ]);
    expect(issues({ ...file, module: undefined })).toEqual(['module: a module session names its module']);
  });
});
