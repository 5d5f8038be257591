import type { ExerciseUse } from './exercises.ts';

/** The course's rules for a lesson's body (the frontmatter's rules live in the lesson schema). */
const WORDS = { min: 900, max: 1600 } as const;

/**
 * Words of teaching in an MDX body: prose and lists, not headings, component tags, imports or comments. The same
 * count authors get from the README's rule of thumb.
 */
export function teachingWords(body: string): number {
  const prose = body
    .replace(/<[A-Z][\s\S]*?\/>/g, ' ') // exercise components
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ' ')
    .replace(/^#{1,6}\s.*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, ']'); // link targets are not words
  return prose.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)?.length ?? 0;
}

/** What a lesson body breaks of the rules, each naming the file. */
export function findLessonRuleProblems(lesson: { file: string; body: string }, exercises: ExerciseUse[]): string[] {
  const problems: string[] = [];
  const words = teachingWords(lesson.body);
  if (words < WORDS.min || words > WORDS.max) {
    problems.push(`${lesson.file}: has ${words} words of teaching; a lesson has ${WORDS.min} to ${WORDS.max}`);
  }
  const kinds = new Set(exercises.map((e) => e.component));
  if (!kinds.has('Reflection')) problems.push(`${lesson.file}: needs at least one <Reflection>`);
  if (!kinds.has('Scenario') && !kinds.has('SelfAssessment')) {
    problems.push(`${lesson.file}: needs at least one <Scenario> or <SelfAssessment>`);
  }
  return problems;
}
