import type { InstrumentLevels } from '../lib/assessment-results.ts';
import type { LessonLink } from '../lib/suggested-lessons.ts';
import type { MentorPrompts } from '../schemas/assessment.ts';

/** A dimension's id and name: all a lesson page carries of an instrument. */
export interface DimensionSummary {
  id: string;
  name: string;
}

/**
 * The instrument's bulk, fetched when needed: level descriptions, the lessons that build each dimension, and the
 * questions a mentor can ask about it (absent when the instrument has none).
 */
export interface InstrumentDetail extends InstrumentLevels {
  dimensions: { id: string; summary: string; levels: string[]; lessons: LessonLink[]; mentorPrompts?: MentorPrompts }[];
}
