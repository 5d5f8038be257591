import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Every page of a build asks for the course and every facilitator page for the sessions; the reading, ordering and
 * checking across files must happen once per build, not once per page. Astro renders all pages of a build in one
 * process, so the loaders' module-level memo is what makes it once: these tests count the collection reads.
 */
const WORDS = Array.from({ length: 950 }, () => 'word').join(' ');
const COLLECTIONS: Record<string, unknown[]> = {
  course: [{ data: { title: 'A course', description: 'D.' } }],
  modules: [{ data: { id: 'alpha', title: 'Alpha', summary: 'S.', order: 1 } }],
  lessons: [
    {
      id: 'a-lesson',
      filePath: 'lessons/alpha/01-a-lesson.mdx',
      body: `${WORDS}\n<Reflection id="a-lesson-reflection" prompt="What?" />\n<Scenario id="a-scenario" />\n`,
      data: { title: 'A lesson', description: 'D.', module: 'alpha', order: 1, minutes: 20 },
    },
  ],
  scenarios: [{ id: 'a-scenario', data: { title: 'T', situation: 'S', question: 'Q?', options: [] } }],
  assessments: [],
  glossary: [],
  cast: [{ data: { name: 'Alex', appearsIn: ['a-lesson'] } }],
  weekSplit: [],
  sessions: ['opening', 'alpha', 'closing'].map((id, order) => ({
    id,
    data: {
      title: id,
      order,
      kind: id === 'alpha' ? 'module' : id,
      ...(id === 'alpha' ? { module: 'alpha' } : {}),
      minutes: 60,
      goal: 'G.',
      prework: [],
      materials: ['Cards'],
      agenda: [{ title: 'Case', minutes: 60, case: 'a-case' }],
    },
  })),
  cases: [{ id: 'a-case', data: { title: 'A case', format: 'breakout' } }],
};
const getCollection = vi.fn((name: string) => Promise.resolve(COLLECTIONS[name] ?? []));
vi.mock('astro:content', () => ({ getCollection }));

/** A fresh module instance per test, as a new build would have. */
beforeEach(() => {
  vi.resetModules();
  getCollection.mockClear();
});
const reads = (name: string) => getCollection.mock.calls.filter(([collection]) => collection === name).length;

describe('per-build work runs once', () => {
  it('reads and checks the course once however many pages ask for it', async () => {
    const { loadCourse } = await import('../../src/lib/load-course.ts');
    const pages = await Promise.all(Array.from({ length: 50 }, () => loadCourse()));
    expect(pages[0]!.modules[0]!.lessons.map((l) => l.id)).toEqual(['a-lesson']);
    expect(new Set(pages).size).toBe(1);
    expect(reads('lessons')).toBe(1);
  });

  it('reads and checks the sessions once however many pages ask for them', async () => {
    const { loadSessions } = await import('../../src/lib/load-sessions.ts');
    const pages = await Promise.all(Array.from({ length: 50 }, () => loadSessions()));
    expect(pages[0]!.map((s) => s.id)).toEqual(['opening', 'alpha', 'closing']);
    expect(new Set(pages).size).toBe(1);
    expect(reads('sessions')).toBe(1);
    expect(reads('lessons')).toBe(1);
  });
});
