/** Which lessons to point a learner to after a self-assessment: pure, so the island only draws them. */

export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

interface DimensionLessons {
  id: string;
  lessons: LessonLink[];
}

/**
 * The lessons that build the given dimensions, in the instrument's order and each once, leaving out the lesson the
 * assessment sits in and the lessons the learner has already completed.
 */
export function suggestedLessons(
  dimensions: DimensionLessons[],
  weakest: string[],
  here: string,
  completed: ReadonlySet<string>,
): LessonLink[] {
  const seen = new Set<string>();
  return dimensions
    .filter((d) => weakest.includes(d.id))
    .flatMap((d) => d.lessons)
    .filter((lesson) => {
      if (seen.has(lesson.id) || lesson.id === here || completed.has(lesson.id)) return false;
      seen.add(lesson.id);
      return true;
    });
}
