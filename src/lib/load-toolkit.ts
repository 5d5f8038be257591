import { getCollection } from 'astro:content';
import type { Template } from '../schemas/template.ts';
import { loadCourse } from './load-course.ts';
import { templateDownloads, type TemplateDownload } from './template-downloads.ts';
import { findToolkitProblems } from './toolkit-rules.ts';
import type { LessonLink } from './session-view.ts';
import { lessonHref, toolkitHref } from './urls.ts';

export interface ToolkitTemplate extends Template {
  id: string;
  href: string;
  /** The lessons that teach its idea, resolved, in the order the template names them. */
  taughtIn: LessonLink[];
  /** The module of the first lesson that teaches it: the toolkit page groups templates by it. */
  module: { id: string; title: string };
  downloads: TemplateDownload[];
}

let loading: Promise<ToolkitTemplate[]> | undefined;

/**
 * The toolkit's templates in course order (by the first lesson that teaches each), with their lessons and downloads
 * resolved. The toolkit's pages and every lesson page call this, so a wrong lesson id fails the build, naming the
 * file and field. Loaded once per build.
 */
export function loadToolkit(): Promise<ToolkitTemplate[]> {
  loading ??= readToolkit();
  return loading;
}

/** The templates a lesson links to, in the toolkit's order. */
export async function templatesForLesson(lessonId: string): Promise<ToolkitTemplate[]> {
  return (await loadToolkit()).filter((t) => t.taughtIn.some((l) => l.id === lessonId));
}

async function readToolkit(): Promise<ToolkitTemplate[]> {
  const [course, entries] = await Promise.all([loadCourse(), getCollection('toolkit')]);
  const lessons = course.modules.flatMap((m) => m.lessons);
  const problems = findToolkitProblems(
    entries.map((e) => ({
      id: e.id,
      file: e.filePath ?? e.id,
      lessons: e.data.lessons,
      csv: e.data.sections.flatMap((s) => (s.table?.csv ? [s.table.csv] : [])),
    })),
    new Set(lessons.map((l) => l.id)),
  );
  if (problems.length) throw new Error(`The toolkit has problems:\n- ${problems.join('\n- ')}`);

  // Course order: by the first lesson (in reading order) that teaches each template, then by title.
  const firstLesson = (names: string[]) => Math.min(...names.map((id) => lessons.findIndex((l) => l.id === id)));
  return [...entries]
    .sort((a, b) => firstLesson(a.data.lessons) - firstLesson(b.data.lessons) || a.data.title.localeCompare(b.data.title))
    .map(({ id, data }): ToolkitTemplate => {
      const module = course.modules.find((m) => m.id === lessons[firstLesson(data.lessons)]!.module)!;
      return {
        ...data,
        id,
        href: toolkitHref(id),
        taughtIn: data.lessons.map((lessonId) => {
          const lesson = lessons.find((l) => l.id === lessonId)!;
          return { id: lessonId, title: lesson.title, href: lessonHref(lesson) };
        }),
        module: { id: module.id, title: module.title },
        downloads: templateDownloads(id, data),
      };
    });
}
