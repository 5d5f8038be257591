/**
 * The course as a tree: modules in order, each with its lessons in order. Pure, so navigation is tested without
 * Astro. Pages get it from `load-course.ts`.
 */

export interface LessonEntry {
  id: string;
  /** Path of the source file, relative to the project, for error messages. */
  file: string;
  title: string;
  description: string;
  module: string;
  order: number;
  minutes: number;
}

export interface ModuleEntry {
  id: string;
  title: string;
  summary: string;
  order: number;
}

export interface CourseModule extends ModuleEntry {
  lessons: LessonEntry[];
  minutes: number;
}

/** Modules by `order`, each with its lessons by `order`. Assumes `findCourseProblems` found none. */
export function orderCourse(modules: ModuleEntry[], lessons: LessonEntry[]): CourseModule[] {
  return [...modules]
    .sort((a, b) => a.order - b.order)
    .map((module) => {
      const own = lessons.filter((l) => l.module === module.id).sort((a, b) => a.order - b.order);
      return { ...module, lessons: own, minutes: own.reduce((sum, l) => sum + l.minutes, 0) };
    });
}

/** Every lesson in reading order, across module boundaries. */
export function readingOrder(course: CourseModule[]): LessonEntry[] {
  return course.flatMap((m) => m.lessons);
}

/** The lessons before and after one lesson in reading order; the first has no previous, the last no next. */
export function neighbours(
  course: CourseModule[],
  lessonId: string,
): { previous: LessonEntry | undefined; next: LessonEntry | undefined } {
  const order = readingOrder(course);
  const at = order.findIndex((l) => l.id === lessonId);
  if (at === -1) throw new Error(`No lesson with id "${lessonId}"`);
  return { previous: order[at - 1], next: order[at + 1] };
}

/**
 * What is wrong with the course as a whole, each problem naming the file and the field: the checks a single
 * file's schema cannot make. (Two files with one lesson id are caught earlier, by Astro's content loader.)
 */
export function findCourseProblems(modules: ModuleEntry[], lessons: LessonEntry[]): string[] {
  const problems: string[] = [];
  const moduleIds = new Set(modules.map((m) => m.id));
  const byModuleOrder = new Map<string, LessonEntry>();
  for (const lesson of lessons) {
    if (!moduleIds.has(lesson.module)) {
      problems.push(
        `${lesson.file}: field "module" is "${lesson.module}", which is not a module in content/modules.yaml (modules: ${[...moduleIds].join(', ')})`,
      );
    }
    const slot = `${lesson.module}#${lesson.order}`;
    const sameSlot = byModuleOrder.get(slot);
    if (sameSlot) {
      problems.push(
        `${lesson.file}: field "order" is ${lesson.order}, the same as ${sameSlot.file} in module "${lesson.module}"; each lesson in a module needs its own order`,
      );
    } else {
      byModuleOrder.set(slot, lesson);
    }
  }
  return problems;
}
