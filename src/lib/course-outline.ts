import { getCollection } from 'astro:content';
import { loadCourse } from './load-course.ts';
import { lessonHref, moduleHref } from './urls.ts';
import type { CourseOutline } from '../islands/dashboard-types.ts';

/** What My progress and the journal need to know about the course, built at build time from the content. */
export async function loadCourseOutline(): Promise<CourseOutline> {
  const course = await loadCourse();
  const instruments = await getCollection('assessments');
  const archive = await getCollection('assessmentArchive');
  const [weekSplit] = await getCollection('weekSplit');
  const outlineOf = (id: string, data: (typeof instruments)[number]['data']) => ({
    id,
    title: data.title,
    dimensions: data.dimensions.map(({ id, name }) => ({ id, name })),
  });
  /** Archived instruments with no live version: the latest archived version of each, by its instrument id. */
  const retired = new Map<string, (typeof archive)[number]['data']>();
  for (const entry of archive) {
    const id = entry.id.replace(/-v\d+$/, '');
    if (instruments.some((i) => i.id === id)) continue;
    if ((retired.get(id)?.version ?? 0) < entry.data.version) retired.set(id, entry.data);
  }
  return {
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      href: moduleHref(m.id),
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, href: lessonHref(l) })),
    })),
    exercises: Object.fromEntries(
      course.exercises.map((e) => [e.id, { lesson: e.lessonId, kind: e.component, ...(e.prompt ? { prompt: e.prompt } : {}) }]),
    ),
    instruments: instruments.map((i) => ({
      ...outlineOf(i.id, i.data),
      dimensions: i.data.dimensions.map(({ id, name, lessons }) => ({ id, name, lessons })),
      takenIn: course.modules
        .flatMap((m) => m.lessons)
        .flatMap((l) =>
          course.exercises
            .filter((e) => e.lessonId === l.id && e.component === 'SelfAssessment' && e.instrument === i.id)
            .map((e) => ({ exercise: e.id, lesson: l.id })),
        ),
    })),
    retired: [...retired].map(([id, data]) => outlineOf(id, data)),
    weekSplit: weekSplit && {
      categories: weekSplit.data.categories.map(({ id, kind }) => ({ id, kind })),
      roles: weekSplit.data.roles.map(({ id, name, enablingPercent }) => ({ id, name, enablingPercent })),
    },
  };
}
