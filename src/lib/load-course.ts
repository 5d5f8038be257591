import { getCollection, type CollectionEntry } from 'astro:content';
import { findCourseProblems, orderCourse, type CourseModule, type LessonEntry } from './course.ts';
import { findExerciseProblems, findExercises, findInstrumentProblems, type ExerciseUse } from './exercises.ts';
import { findLessonRuleProblems } from './lesson-rules.ts';

export interface Course {
  title: string;
  description: string;
  modules: CourseModule[];
  /** Full collection entries by lesson id, for rendering. */
  entries: Map<string, CollectionEntry<'lessons'>>;
  /** The lesson each exercise id appears in: progress is saved with it. */
  exerciseLessons: Map<string, string>;
  /** Every exercise placed in a lesson. */
  exercises: ExerciseUse[];
}

let loading: Promise<Course> | undefined;

/**
 * The whole course, validated across files. Every page calls this, so a broken reference fails the build with a
 * message naming the file and field. Loaded once per build.
 */
export function loadCourse(): Promise<Course> {
  loading ??= readCourse();
  return loading;
}

async function readCourse(): Promise<Course> {
  const [[info], modules, lessons, scenarios, assessments, glossary, cast, weekSplit] = await Promise.all([
    getCollection('course'),
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('scenarios'),
    getCollection('assessments'),
    getCollection('glossary'),
    getCollection('cast'),
    getCollection('weekSplit'),
  ]);
  if (!info) throw new Error('content/course.yaml: needs a "course" entry with a title and description');
  const entries: LessonEntry[] = lessons.map((l) => ({ id: l.id, file: l.filePath ?? l.id, ...l.data }));
  const exercises = lessons.flatMap((l) => findExercises(l.body ?? '', l.id, l.filePath ?? l.id));
  const problems = [
    ...findCourseProblems(
      modules.map((m) => m.data),
      entries,
    ),
    ...findExerciseProblems(exercises, {
      scenarios: new Set(scenarios.map((s) => s.id)),
      instruments: new Set(assessments.map((a) => a.id)),
      weekSplit: weekSplit.length > 0,
    }),
    ...findInstrumentProblems(
      assessments.map((a) => ({ id: a.id, dimensions: a.data.dimensions })),
      new Set(lessons.map((l) => l.id)),
    ),
    ...lessons.flatMap((l) =>
      findLessonRuleProblems(
        { file: l.filePath ?? l.id, body: l.body ?? '' },
        exercises.filter((e) => e.lessonId === l.id),
      ),
    ),
    ...glossary
      .filter((g) => !lessons.some((l) => l.id === g.data.lesson))
      .map((g) => `content/glossary.yaml: the term "${g.data.term}" links to lesson "${g.data.lesson}", which does not exist`),
    ...(cast.length ? [] : ['content/cast.yaml: no people were read; the file must exist and be a YAML list']),
    ...cast
      .filter((person, i) => cast.findIndex((other) => other.data.name === person.data.name) !== i)
      .map((person) => `content/cast.yaml: the name "${person.data.name}" is used by two entries; one name per person`),
    ...cast.flatMap((person) =>
      person.data.appearsIn
        .filter((id) => !lessons.some((l) => l.id === id) && !scenarios.some((s) => s.id === id))
        .map((id) => `content/cast.yaml: "${person.data.name}" appears in "${id}", which is not a lesson or scenario id`),
    ),
  ];
  if (problems.length) throw new Error(`The course content has problems:\n- ${problems.join('\n- ')}`);
  return {
    ...info.data,
    modules: orderCourse(
      modules.map((m) => m.data),
      entries,
    ),
    entries: new Map(lessons.map((l) => [l.id, l])),
    exerciseLessons: new Map(exercises.map((e) => [e.id, e.lessonId])),
    exercises,
  };
}
