/** What My progress suggests after a self-assessment: the weakest dimensions, the lessons that build them, a retake. */
import { strongestAndWeakest, type DimensionName, type Ratings } from './assessment-results.ts';

/** The capstone's advice: retake the self-assessment six months after the course, since levels change over months. */
export const RETAKE_AFTER_WEEKS = 26;
const WEEK = 7 * 24 * 60 * 60 * 1000;

/** An exercise that asks for the instrument, and the lesson it is in. */
export interface Place {
  exercise: string;
  lesson: string;
}

export type Retake =
  /** A place in the course that asks for the instrument and has no attempt yet (the capstone after the baseline). */
  | { when: 'in-course'; lesson: string }
  /** Every place is done, and the suggested time between attempts has passed. */
  | { when: 'now'; lesson: string; weeksSince: number }
  /** Every place is done: retake in about `weeks` weeks, on or after `on` (an ISO date). */
  | { when: 'later'; lesson: string; weeks: number; on: string };

export interface NextStep {
  /** The lowest-rated dimensions in the latest attempt; none when every dimension has the same level. */
  weakest: string[];
  /** The lessons that build them, each once, in the order the instrument lists them. */
  lessons: string[];
  /** When and where to take it again; undefined when no lesson asks for the instrument. */
  retake: Retake | undefined;
}

interface AttemptSummary {
  completedAt: string;
  exercise: string;
  ratings: Ratings;
}

export function nextStep(
  attempts: readonly AttemptSummary[],
  dimensions: (DimensionName & { lessons: string[] })[],
  places: readonly Place[],
  now: Date,
): NextStep | undefined {
  const latest = attempts.at(-1);
  if (!latest) return undefined;
  const { weakest } = strongestAndWeakest(latest.ratings, dimensions);
  const lessons = [...new Set(dimensions.filter((d) => weakest.includes(d.id)).flatMap((d) => d.lessons))];
  return { weakest, lessons, retake: retakeFrom(attempts, latest, places, now) };
}

function retakeFrom(
  attempts: readonly AttemptSummary[],
  latest: AttemptSummary,
  places: readonly Place[],
  now: Date,
): Retake | undefined {
  const untaken = places.find((place) => !attempts.some((a) => a.exercise === place.exercise));
  if (untaken) return { when: 'in-course', lesson: untaken.lesson };
  const last = places.at(-1);
  if (!last) return undefined;
  const since = now.getTime() - new Date(latest.completedAt).getTime();
  const due = new Date(latest.completedAt).getTime() + RETAKE_AFTER_WEEKS * WEEK;
  if (now.getTime() >= due) {
    return { when: 'now', lesson: last.lesson, weeksSince: Math.floor(since / WEEK) };
  }
  const weeks = Math.max(1, Math.round((due - now.getTime()) / WEEK));
  return { when: 'later', lesson: last.lesson, weeks, on: new Date(due).toISOString() };
}
