import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/sites.ts';

/**
 * Each case builds the real site over a small content tree with one defect, and reads what `astro build` prints.
 * The build must fail, and its message must name the file and the field so an author can fix it.
 */
const work = mkdtempSync(join(tmpdir(), 'fbe-content-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Enough teaching to meet the word rule, and the exercises every lesson needs (ids made unique per lesson). */
const body = (id: string, words = 950) =>
  `\n## A section\n\n${'Teaching words here. '
    .repeat(Math.ceil(words / 3))
    .split(' ')
    .slice(0, words)
    .join(' ')}\n\n` +
  `<Reflection id="${id}-reflection" prompt="What will you try?" />\n\n<SelfAssessment id="${id}-check" instrument="a-check" />\n`;

const lesson = (fields: Record<string, string>, id = 'a-lesson', words?: number) => {
  const frontmatter = {
    title: 'A lesson',
    description: 'What it is about.',
    module: 'alpha',
    order: '1',
    minutes: '20',
    objectives: '[Explain one thing, Compare two things, Apply a third]',
    takeaways: '[One, Two, Three]',
    readings: '\n  - author: Andrew S. Grove\n    title: High Output Management\n    year: 1983',
    ...fields,
  };
  const lines = Object.entries(frontmatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body(id, words)}`;
};

const dimension = (id: string) =>
  `  - id: ${id}\n    name: ${id}\n    summary: S.\n    lessons: [a-lesson]\n    levels: [one, two, three, four, five]`;
const option = (id: string, extra = '') =>
  `  - id: ${id}\n    label: Do ${id}.\n    rationale: Why ${id} helps or hurts.\n${extra}`;
const scenario = (...options: string[]) =>
  `title: A choice\nsituation: You are asked.\nquestion: What do you do?\noptions:\n${options.join('')}`;

const WEEK_SPLIT = (role: string, kind = 'enabling') =>
  `title: A week split\nsummary: S.\nsource: Our rule of thumb.\nroles:\n${role}` +
  `categories:\n  - id: code\n    name: Code\n    kind: building\n    description: D.\n` +
  `  - id: coach\n    name: Coach\n    kind: ${kind}\n    description: D.\n`;
const ROLE = (range: string) => `  - id: lead\n    name: Lead\n    enablingPercent: ${range}\n    why: W.\n`;

const INSTRUMENT = `title: A check\ndescription: D.\ndimensions:\n${['x', 'y', 'z'].map(dimension).join('\n')}\n`;

const GUIDE = '---\ntitle: For mentors\ndescription: D.\nreadings:\n  - author: A\n    title: T\n    year: 2001\n---\n\nText.\n';

/** A session of the sound fixture: its agenda adds up to 60 minutes and works on the one case card. */
const session = (fields: { kind: string; order: number; module?: string }, agenda = STEPS) =>
  `title: A session\norder: ${fields.order}\nkind: ${fields.kind}\n${fields.module ? `module: ${fields.module}\n` : ''}` +
  `minutes: 60\ngoal: G.\nprework: []\nmaterials: [Cards]\nagenda:\n${agenda}`;
const STEPS =
  '  - title: Check-in\n    minutes: 20\n    prompt: P.\n  - title: Case\n    minutes: 30\n    case: a-case\n' +
  '  - title: Round\n    minutes: 10\n    reflection: a-lesson-reflection\n';
const SESSIONS = {
  'sessions/opening.yaml': session({ kind: 'opening', order: 0 }),
  'sessions/alpha.yaml': session({ kind: 'module', order: 1, module: 'alpha' }),
  'sessions/beta.yaml': session({ kind: 'module', order: 2, module: 'beta' }),
  'sessions/closing.yaml': session({ kind: 'closing', order: 3 }),
  'cases/a-case.yaml':
    'title: A case\nformat: breakout\nsituation: S.\nroles:\n  - role: A\n    brief: B.\n  - role: C\n    brief: D.\n' +
    'debrief: [One?, Two?]\n',
  'guides/facilitator.mdx': GUIDE,
};
const TEMPLATE = (lessons: string) =>
  `title: A plan\nsummary: S.\nlessons: ${lessons}\nwhen: W.\nsteps: [One., Two.]\nsections:\n` +
  '  - heading: About\n    fields:\n      - label: Name\n  - heading: Check\n    checklist: [A., B.]\n' +
  'readings:\n  - author: A\n    title: T\n    year: 2001\n';

/** Writes the defaults below with `files` over them; a file given as null is left out. */
async function buildWith(name: string, files: Record<string, string | null>) {
  const content = join(work, name);
  const all: Record<string, string | null> = {
    'course.yaml': 'course:\n  title: Fixture course\n  description: A course for testing.\n',
    'modules.yaml':
      '- id: alpha\n  order: 1\n  title: Alpha\n  summary: The first.\n- id: beta\n  order: 2\n  title: Beta\n  summary: The second.\n',
    'glossary.yaml': '[]\n',
    'cast.yaml': '- name: Alex\n  role: A person in the fixture.\n  appearsIn: [a-lesson]\n',
    'assessments/a-check.yaml': INSTRUMENT,
    'week-split.yaml': WEEK_SPLIT(ROLE('[20, 40]')),
    'guides/mentoring.mdx': GUIDE,
    ...SESSIONS,
    'toolkit/a-plan.yaml': TEMPLATE('[a-lesson]'),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  mkdirSync(join(content, 'scenarios'), { recursive: true });
  mkdirSync(join(content, 'assessments'), { recursive: true });
  const build = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      CACHE_DIR: join(work, `${name}-cache`),
      OUT_DIR: join(work, `${name}-dist`),
      NO_COLOR: '1',
    },
  });
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => build.on('close', resolve));
  return { status, output, content };
}

// The builds run two at a time (see vitest.config.ts): each is a separate process on its own content tree.
describe.concurrent('broken content fails the build with a message naming the file and the field', () => {
  it('builds a sound fixture (so the failures below come from the defects)', async () => {
    const { status, output } = await buildWith('sound', { 'lessons/alpha/01-a-lesson.mdx': lesson({}) });
    expect(output).not.toMatch(/\[\w*Error\]/);
    expect(status).toBe(0);
  });

  it("a session whose agenda's minutes do not add up to its length", async () => {
    const { status, output } = await buildWith('agenda-sum', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'sessions/alpha.yaml': session({ kind: 'module', order: 1, module: 'alpha' }).replace('minutes: 60', 'minutes: 90'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain("agenda: the steps' minutes add up to 60, but the session lasts 90; make them equal");
    expect(output).toMatch(/Location:\s+\S*sessions\/alpha\.yaml/);
  });

  it('a toolkit template naming a lesson that does not exist', async () => {
    const { status, output } = await buildWith('template-lesson', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'toolkit/a-plan.yaml': TEMPLATE('[a-lesson, no-lesson]'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/toolkit\/a-plan\.yaml: lessons\[1\] names "no-lesson", which is not a lesson/);
  });

  it('a session naming a lesson, scenario or reflection that does not exist', async () => {
    const agenda = STEPS.replace('prompt: P.', 'scenario: no-scenario').replace('a-lesson-reflection', 'no-reflection');
    const { status, output } = await buildWith('session-ids', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'sessions/alpha.yaml': session({ kind: 'module', order: 1, module: 'alpha' }, agenda).replace(
        'prework: []',
        'prework: [no-lesson]',
      ),
    });
    expect(status).not.toBe(0);
    for (const problem of [
      'prework[0] names the lesson "no-lesson", which does not exist',
      'agenda[0].scenario names the scenario "no-scenario", which does not exist',
      'agenda[2].reflection names the reflection "no-reflection", which does not exist',
    ]) {
      expect(output).toMatch(new RegExp(`sessions/alpha\\.yaml: ${problem.replace(/[[\].]/g, '\\$&')}`));
    }
  });

  it('an unknown module', async () => {
    const { status, output } = await buildWith('unknown-module', {
      'lessons/alpha/01-a-lesson.mdx': lesson({ module: 'nowhere' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/alpha/01-a-lesson.mdx: field "module" is "nowhere"');
  });

  it('two lessons with the same order in a module', async () => {
    const { status, output } = await buildWith('same-order', {
      'lessons/alpha/01-first.mdx': lesson({}, 'first'),
      'lessons/alpha/02-second.mdx': lesson({}, 'second'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/lessons\/alpha\/02-second\.mdx: field "order" is 1, the same as .*lessons\/alpha\/01-first\.mdx/);
  });

  it('a duplicate lesson id', async () => {
    const { status, output } = await buildWith('duplicate-id', {
      'lessons/alpha/01-twin.mdx': lesson({}, 'twin-a'),
      'lessons/beta/01-twin.mdx': lesson({ module: 'beta' }, 'twin-b'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('multiple entries with the same slug: `twin`');
    expect(output).toContain('lessons/alpha/01-twin.mdx');
    expect(output).toContain('lessons/beta/01-twin.mdx');
  });

  it('no objectives', async () => {
    const { status, output } = await buildWith('no-objectives', {
      'lessons/alpha/01-a-lesson.mdx': lesson({ objectives: '[]' }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('objectives: a lesson needs learning objectives');
    expect(output).toMatch(/Location:\s+\S*lessons\/alpha\/01-a-lesson\.mdx/);
  });

  it('a malformed reading entry', async () => {
    const { status, output } = await buildWith('bad-reading', {
      'lessons/alpha/01-a-lesson.mdx': lesson({
        readings: '\n  - author: Andrew S. Grove\n    title: High Output Management\n    year: soon',
      }),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('readings.0.year: a reading needs a year, as a number');
    expect(output).toMatch(/Location:\s+\S*lessons\/alpha\/01-a-lesson\.mdx/);
  });

  it('a duplicate exercise id', async () => {
    const same = '\n<Reflection id="same-id" prompt="One?" />\n';
    const { status, output } = await buildWith('duplicate-exercise', {
      'lessons/alpha/01-first.mdx': lesson({}, 'first') + same,
      'lessons/alpha/02-second.mdx': lesson({ order: '2' }, 'second') + same,
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /lessons\/alpha\/02-second\.mdx: exercise id "same-id" is already used in .*lessons\/alpha\/01-first\.mdx/,
    );
  });

  it('a lesson outside the word range', async () => {
    const { status, output } = await buildWith('too-short', { 'lessons/alpha/01-a-lesson.mdx': lesson({}, 'a-lesson', 300) });
    expect(status).not.toBe(0);
    expect(output).toMatch(/lessons\/alpha\/01-a-lesson\.mdx: has 30\d words of teaching; a lesson has 900 to 1600/);
  });

  it('a glossary term linked to a lesson that does not exist', async () => {
    const { status, output } = await buildWith('glossary-link', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'glossary.yaml': '- term: Leverage\n  definition: Output per effort.\n  lesson: nowhere\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary.yaml: the term "Leverage" links to lesson "nowhere", which does not exist');
  });
  it('a duplicate option id in a scenario', async () => {
    const { status, output } = await buildWith('duplicate-option', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'scenarios/a-choice.yaml': scenario(option('ask', '    recommended: true\n'), option('wait'), option('ask')),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('options.2.id: option id "ask" is already used by option 0');
    expect(output).toMatch(/scenarios\/a-choice\.yaml/);
  });

  it('two recommended options without bestIf', async () => {
    const { status, output } = await buildWith('missing-best-if', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'scenarios/a-choice.yaml':
        'tipsTheChoice: Whether the date can move.\n' +
        scenario(
          option('ask', '    recommended: true\n    bestIf: Best if the date is fixed.\n'),
          option('wait', '    recommended: true\n'),
          option('tell'),
        ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('options.1.bestIf: when two options are recommended, each needs bestIf');
    expect(output).toMatch(/scenarios\/a-choice\.yaml/);
  });

  it('a malformed week-split guidance, or a week audit with none to read', async () => {
    const malformed = await buildWith('week-split-malformed', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'week-split.yaml': WEEK_SPLIT(ROLE('[60, 40]'), 'helping'),
    });
    expect(malformed.status).not.toBe(0);
    expect(malformed.output).toContain('roles.0.enablingPercent: the range is [lowest, highest], lowest first');
    expect(malformed.output).toContain('categories.1.kind');
    expect(malformed.output).toMatch(/Location:\s+\S*week-split\.yaml/);

    const missing = await buildWith('week-split-missing', {
      'lessons/alpha/01-a-lesson.mdx': `${lesson({})}\n<WeekAudit id="a-lesson-audit" />\n`,
      'week-split.yaml': 'title: [unclosed\n',
    });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toMatch(
      /lessons\/alpha\/01-a-lesson\.mdx: <WeekAudit id="a-lesson-audit"> needs content\/week-split\.yaml, which is missing or could not be read/,
    );
  });

  it('a cast entry that appears in no real lesson or scenario, two people with one name, or an unreadable cast', async () => {
    const unknown = await buildWith('cast-appears-in', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'cast.yaml': '- name: Priya\n  role: An engineer.\n  appearsIn: [nowhere]\n',
    });
    expect(unknown.status).not.toBe(0);
    expect(unknown.output).toContain('content/cast.yaml: "Priya" appears in "nowhere", which is not a lesson or scenario id');
    const twice = await buildWith('cast-same-name', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'cast.yaml':
        '- name: Priya\n  role: An engineer.\n  appearsIn: [a-lesson]\n- name: Priya\n  role: A manager.\n  appearsIn: [a-lesson]\n',
    });
    expect(twice.status).not.toBe(0);
    expect(twice.output).toContain('content/cast.yaml: the name "Priya" is used by two entries; one name per person');
    const malformed = await buildWith('cast-malformed', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'cast.yaml': '- name: [Priya\n  role: An engineer.\n',
    });
    expect(malformed.status).not.toBe(0);
    expect(malformed.output).toContain('content/cast.yaml: no people were read; the file must exist and be a YAML list');
  });

  it('no guide for mentors, or a mentor prompt that is not a question', async () => {
    const missing = await buildWith('no-guide', { 'lessons/alpha/01-a-lesson.mdx': lesson({}), 'guides/mentoring.mdx': null });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('content/guides/mentoring.mdx: the guide for mentors is missing');
    const prompts = '    mentorPrompts:\n      low: [What?, Where?, Tell me more.]\n      change: [How?, Why?]';
    const statement = await buildWith('mentor-prompt-statement', {
      'lessons/alpha/01-a-lesson.mdx': lesson({}),
      'assessments/a-check.yaml': `title: A check\ndescription: D.\ndimensions:\n${dimension('x')}\n${prompts}\n${['y', 'z'].map(dimension).join('\n')}\n`,
    });
    expect(statement.status).not.toBe(0);
    expect(statement.output).toContain('a-check');
    expect(statement.output).toContain('dimensions.0.mentorPrompts.low.2');
    expect(statement.output).toContain('a mentor prompt is a question, ending in "?"');
  });
});
