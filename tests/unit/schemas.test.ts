import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { castSchema } from '../../src/schemas/cast.ts';

const goodLesson = {
  title: 'T',
  description: 'D',
  module: 'the-shift',
  order: 1,
  minutes: 30,
  objectives: ['a', 'b', 'c'],
  takeaways: ['a', 'b', 'c'],
  readings: [{ author: 'Andrew S. Grove', title: 'High Output Management', year: 1983 }],
};

/** The field path and message of every problem, as Astro prints them: "readings.0.year: ...". */
const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.safeParse(goodLesson).success).toBe(true);
  });

  it('names the objectives field when there are none', () => {
    expect(problems(lessonSchema.safeParse({ ...goodLesson, objectives: [] }))).toContain(
      'objectives: a lesson needs learning objectives',
    );
    expect(problems(lessonSchema.safeParse({ ...goodLesson, objectives: undefined }))[0]).toMatch(/^objectives: /);
  });

  it('names the field of a malformed reading entry', () => {
    const missingYear = { ...goodLesson, readings: [{ author: 'A', title: 'T' }] };
    expect(problems(lessonSchema.safeParse(missingYear))).toContain('readings.0.year: a reading needs a year, as a number');
    const badUrl = { ...goodLesson, readings: [{ author: 'A', title: 'T', year: 2001, url: 'javascript:alert(1)' }] };
    expect(problems(lessonSchema.safeParse(badUrl))).toContain('readings.0.url: a reading url must be an http(s) address');
    const noAuthor = { ...goodLesson, readings: [{ author: '', title: 'T', year: 2001 }] };
    expect(problems(lessonSchema.safeParse(noAuthor))).toContain('readings.0.author: a reading needs an author');
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(problems(lessonSchema.safeParse({ ...goodLesson, objectivs: ['x'] }))[0]).toMatch(/objectivs/);
  });

  it('wants three to five takeaways', () => {
    expect(problems(lessonSchema.safeParse({ ...goodLesson, takeaways: ['a'] }))).toContain(
      'takeaways: a lesson has three to five takeaways',
    );
  });
});

describe('scenarios and instruments', () => {
  const option = (id: string, recommended = false, bestIf?: string) => ({ id, label: 'L', rationale: 'R', recommended, bestIf });
  const scenario = { title: 'T', situation: 'S', question: 'Q', options: [option('a', true), option('b'), option('c')] };
  const twoDefensible = {
    ...scenario,
    tipsTheChoice: 'Whether the date can move.',
    options: [option('a', true, 'Best if the date is fixed.'), option('b', true, 'Best if the date can move.'), option('c')],
  };

  it('need one recommended option and a rationale for every option', () => {
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    const none = { ...scenario, options: [option('a'), option('b'), option('c')] };
    expect(problems(scenarioSchema.safeParse(none))).toContain(
      'options: recommend exactly one option, or two when the best answer depends on context',
    );
    const three = { ...scenario, options: [option('a', true), option('b', true), option('c', true)] };
    expect(problems(scenarioSchema.safeParse(three))).toContain(
      'options: recommend exactly one option, or two when the best answer depends on context',
    );
    const noRationale = { ...scenario, options: [option('a', true), option('b'), { id: 'c', label: 'L', rationale: '' }] };
    expect(problems(scenarioSchema.safeParse(noRationale))).toContain('options.2.rationale: every option needs a rationale');
  });

  it('have three to five options', () => {
    expect(problems(scenarioSchema.safeParse({ ...scenario, options: [option('a', true), option('b')] }))).toContain(
      'options: a scenario has three to five options',
    );
  });

  it('need a stable, well-formed id on every option, unique within the scenario', () => {
    const missing = { ...scenario, options: [option('a', true), option('b'), { label: 'L', rationale: 'R' }] };
    expect(problems(scenarioSchema.safeParse(missing))[0]).toMatch(/^options\.2\.id: /);
    const bad = { ...scenario, options: [option('a', true), option('Pair With Her'), option('c')] };
    expect(problems(scenarioSchema.safeParse(bad))).toContain(
      'options.1.id: an option id is lowercase words joined by hyphens, such as "pair-on-the-risk"',
    );
    const twice = { ...scenario, options: [option('a', true), option('b'), option('a')] };
    expect(problems(scenarioSchema.safeParse(twice))).toContain(
      'options.2.id: option id "a" is already used by option 0; option ids are unique within a scenario',
    );
  });

  it('may recommend two options, each saying when it is the better move, and what tips the choice', () => {
    expect(scenarioSchema.safeParse(twoDefensible).success).toBe(true);
    const noBestIf = { ...twoDefensible, options: [option('a', true, 'Best if fixed.'), option('b', true), option('c')] };
    expect(problems(scenarioSchema.safeParse(noBestIf))).toContain(
      'options.1.bestIf: when two options are recommended, each needs bestIf: the context in which it is the better move',
    );
    const { tipsTheChoice: _, ...noTips } = twoDefensible;
    expect(problems(scenarioSchema.safeParse(noTips))).toContain(
      'tipsTheChoice: when two options are recommended, the scenario needs tipsTheChoice: what would tip the choice',
    );
  });

  it('refuse bestIf and tipsTheChoice where there is one best answer', () => {
    const bestIfOnOne = { ...scenario, options: [option('a', true, 'Best if.'), option('b'), option('c')] };
    expect(problems(scenarioSchema.safeParse(bestIfOnOne))).toContain(
      'options.0.bestIf: bestIf belongs only on a recommended option of a scenario with two recommended options',
    );
    const bestIfOnOther = { ...twoDefensible, options: [...twoDefensible.options.slice(0, 2), option('c', false, 'Best if.')] };
    expect(problems(scenarioSchema.safeParse(bestIfOnOther))).toContain(
      'options.2.bestIf: bestIf belongs only on a recommended option of a scenario with two recommended options',
    );
    expect(problems(scenarioSchema.safeParse({ ...scenario, tipsTheChoice: 'T' }))).toContain(
      'tipsTheChoice: tipsTheChoice belongs only in a scenario with two recommended options',
    );
  });

  it('need five levels for every dimension', () => {
    const dimension = { id: 'd', name: 'D', summary: 'S', lessons: ['x'], levels: ['1', '2', '3', '4', '5'] };
    const instrument = {
      title: 'T',
      description: 'D',
      dimensions: [dimension, { ...dimension, id: 'e' }, { ...dimension, id: 'f' }],
    };
    expect(assessmentSchema.safeParse(instrument).success).toBe(true);
    const four = { ...instrument, dimensions: [{ ...dimension, levels: ['1', '2', '3', '4'] }, dimension, dimension] };
    expect(problems(assessmentSchema.safeParse(four))).toContain('dimensions.0.levels: a dimension has exactly five levels');
  });

  it('take optional mentor prompts: three or four for a low rating, two or three for a change, each a short question', () => {
    const dimension = { id: 'd', name: 'D', summary: 'S', lessons: ['x'], levels: ['1', '2', '3', '4', '5'] };
    const mentorPrompts = { low: ['What?', 'Where?', 'Who?'], change: ['How?', 'Why?'] };
    const instrument = (prompts: unknown) => ({
      title: 'T',
      description: 'D',
      dimensions: [
        { ...dimension, mentorPrompts: prompts },
        { ...dimension, id: 'e' },
        { ...dimension, id: 'f' },
      ],
    });
    expect(assessmentSchema.safeParse(instrument(mentorPrompts)).success).toBe(true);
    expect(assessmentSchema.safeParse(instrument(undefined)).success).toBe(true);
    const issues = (prompts: unknown) => problems(assessmentSchema.safeParse(instrument(prompts)));
    expect(issues({ ...mentorPrompts, low: ['What?', 'Who?'] })).toContain(
      'dimensions.0.mentorPrompts.low: ask three or four questions of a low rating',
    );
    expect(issues({ ...mentorPrompts, change: ['How?', 'Why?', 'When?', 'Which?'] })).toContain(
      'dimensions.0.mentorPrompts.change: ask two or three questions of a change',
    );
    expect(issues({ ...mentorPrompts, low: ['What?', 'Where?', 'Tell me more.'] })).toContain(
      'dimensions.0.mentorPrompts.low.2: a mentor prompt is a question, ending in "?"',
    );
    expect(issues({ ...mentorPrompts, change: ['How?', `${'Why '.repeat(50)}?`] })).toContain(
      'dimensions.0.mentorPrompts.change.1: a mentor prompt is one question, shorter than 200 characters',
    );
    expect(issues({ ...mentorPrompts, lowest: ['What?'] })[0]).toMatch(/lowest/);
  });
});

describe('the cast', () => {
  const person = { id: 'priya', name: 'Priya', role: 'Mid-level engineer.', appearsIn: ['start-here-the-weekend-fix'] };

  it('needs a name, a role and where the person appears', () => {
    expect(castSchema.safeParse(person).success).toBe(true);
    expect(problems(castSchema.safeParse({ ...person, role: '' }))).toContain(
      'role: a cast entry needs a role: who this person is, in one line',
    );
    expect(problems(castSchema.safeParse({ ...person, appearsIn: [] }))).toContain(
      'appearsIn: a cast entry appears in at least one lesson or scenario',
    );
    expect(problems(castSchema.safeParse({ ...person, appearsIn: ['Start Here'] }))).toContain(
      'appearsIn.0: appearsIn lists lesson and scenario ids',
    );
    expect(problems(castSchema.safeParse({ ...person, roles: 'typo' }))[0]).toMatch(/roles/);
  });
});
