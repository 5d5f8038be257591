import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';

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
  const option = (recommended: boolean) => ({ label: 'L', rationale: 'R', recommended });
  const scenario = { title: 'T', situation: 'S', question: 'Q', options: [option(true), option(false), option(false)] };

  it('need exactly one recommended option and a rationale for every option', () => {
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    expect(problems(scenarioSchema.safeParse({ ...scenario, options: [option(true), option(true)] }))).toContain(
      'options: exactly one option is recommended',
    );
    const noRationale = { ...scenario, options: [option(true), { label: 'L', rationale: '' }] };
    expect(problems(scenarioSchema.safeParse(noRationale))).toContain('options.1.rationale: every option needs a rationale');
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
});
