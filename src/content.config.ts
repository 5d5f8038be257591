import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { courseSchema } from './schemas/course.ts';
import { moduleSchema } from './schemas/module.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { assessmentSchema } from './schemas/assessment.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { castSchema } from './schemas/cast.ts';
import { weekSplitSchema } from './schemas/week-split.ts';
import { guideSchema } from './schemas/guide.ts';
import { caseSchema, sessionSchema } from './schemas/session.ts';
import { templateSchema } from './schemas/template.ts';
import { slugify } from './lib/slugify.ts';
import { lessonIdFromPath } from './lib/lesson-id.ts';

/**
 * Authors edit content/ at the top of the project; these collections read and validate it. CONTENT_DIR points the
 * build at another tree, which the tests use to prove that broken content fails the build.
 */
const root = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  course: defineCollection({ loader: file(`${root}/course.yaml`), schema: courseSchema }),
  modules: defineCollection({ loader: file(`${root}/modules.yaml`), schema: moduleSchema }),
  lessons: defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: `${root}/lessons`,
      generateId: ({ entry }) => lessonIdFromPath(entry),
    }),
    schema: lessonSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/scenarios` }),
    schema: scenarioSchema,
  }),
  assessments: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/assessments` }),
    schema: assessmentSchema,
  }),
  /** Earlier versions of instruments (`<instrument>-v<version>.yaml`): older attempts are shown with their texts. */
  assessmentArchive: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/assessments-archive` }),
    schema: assessmentSchema,
  }),
  /** Pages of guidance outside the lessons, each served by its own page (`guides/mentoring.mdx` at /mentoring/). */
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/guides` }),
    schema: guideSchema,
  }),
  /** Workshop sessions for cohorts (`sessions/<id>.yaml`, at /facilitator/<id>/), checked by lib/load-sessions.ts. */
  sessions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/sessions` }),
    schema: sessionSchema,
  }),
  /** Case cards for the sessions' role-plays and breakouts (`cases/<id>.yaml`). */
  cases: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/cases` }),
    schema: caseSchema,
  }),
  /** The toolkit's templates and worksheets (`toolkit/<id>.yaml`, at /toolkit/<id>/), checked by lib/load-toolkit.ts. */
  toolkit: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/toolkit` }),
    schema: templateSchema,
  }),
  /** The week audit's guidance, one entry (`week-split`): the categories of work and the typical range by role. */
  weekSplit: defineCollection({
    loader: file(`${root}/week-split.yaml`, {
      parser: (text) => [{ ...(parseYaml(text) as object), id: 'week-split' }],
    }),
    schema: weekSplitSchema,
  }),
  glossary: defineCollection({
    // Each term's id is its slug, which is also its anchor on the glossary page.
    loader: file(`${root}/glossary.yaml`, {
      parser: (text) => (parseYaml(text) as { term: string }[]).map((entry) => ({ id: slugify(entry.term), ...entry })),
    }),
    schema: glossarySchema,
  }),
  cast: defineCollection({
    // Each person's id is made from their name. Two people with one name still get two entries (the second id is
    // numbered), so that the course check can refuse them by name rather than one silently replacing the other.
    loader: file(`${root}/cast.yaml`, {
      parser: (text) => {
        const ids = new Set<string>();
        return (parseYaml(text) as { name?: unknown }[]).map((person, index) => {
          const slug = (typeof person.name === 'string' && slugify(person.name)) || 'unnamed';
          const id = ids.has(slug) ? `${slug}-${index}` : slug;
          ids.add(id);
          return { id, ...person };
        });
      },
    }),
    schema: castSchema,
  }),
};
