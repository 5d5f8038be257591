import { getCollection } from 'astro:content';
import { loadCourse } from './load-course.ts';
import { href, lessonHref, mentoringHref } from './urls.ts';
import type { SharedOutline } from '../islands/shared-types.ts';

/**
 * What a page reading share links needs to know about the course, built at build time from the content: the mentor
 * view of one link (/shared/) and the cohort dashboard of many (/facilitator/cohort/) both call this.
 */
export async function sharedOutline(): Promise<SharedOutline> {
  const course = await loadCourse();
  const instruments = await getCollection('assessments');
  // Scenarios in the order the course places them, so a debrief follows the course.
  const lessons = course.modules.flatMap((m) => m.lessons.map((l) => l.id));
  const place = (id: string) => {
    const lesson = course.exercises.find((e) => e.id === id)?.lessonId;
    return lesson === undefined ? Infinity : lessons.indexOf(lesson);
  };
  const scenarios = (await getCollection('scenarios')).sort((a, b) => place(a.id) - place(b.id));
  return {
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, href: lessonHref(l) })),
    })),
    exercises: Object.fromEntries(
      course.exercises.map((e) => [e.id, { lesson: e.lessonId, kind: e.component, ...(e.prompt ? { prompt: e.prompt } : {}) }]),
    ),
    instruments: instruments.map((i) => ({
      id: i.id,
      title: i.data.title,
      detailUrl: href(`assessments/${i.id}.json`),
      dimensions: i.data.dimensions.map(({ id, name }) => ({ id, name })),
    })),
    scenarios: Object.fromEntries(
      scenarios.map((s) => [
        s.id,
        {
          title: s.data.title,
          options: Object.fromEntries(s.data.options.map((o) => [o.id, o.label])),
          recommended: s.data.options.filter((o) => o.recommended).map((o) => o.id),
          reasoningUrl: href(`scenarios/${s.id}.json`),
        },
      ]),
    ),
    mentoringHref: mentoringHref(),
  };
}
