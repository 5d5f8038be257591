import type { AuditCategory, AuditRole } from '../lib/week-audit.ts';
import type { Place } from '../lib/next-step.ts';

/** A self-assessment instrument as My progress names it. */
export interface InstrumentOutline {
  id: string;
  title: string;
  dimensions: { id: string; name: string }[];
}

/** An instrument the course asks for: each dimension's building lessons, and where the instrument is taken. */
export interface LiveInstrumentOutline extends InstrumentOutline {
  dimensions: { id: string; name: string; lessons: string[] }[];
  /** The self-assessments that use it, in course order (the baseline, the capstone's retake, ...). */
  takenIn: Place[];
}

/** What My progress needs to know about the course, built at build time from the content. */
export interface CourseOutline {
  modules: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
  /** Reflection prompts and commitment lists by exercise id, with their lesson. */
  exercises: Record<string, { lesson: string; kind: string; prompt?: string }>;
  instruments: LiveInstrumentOutline[];
  /**
   * Instruments the course no longer asks for, as their last archived version: attempts saved before they were
   * retired are still shown, as a plain table of dates and levels.
   */
  retired: InstrumentOutline[];
  /** The week audit's categories and roles, to turn saved hours into shares and ranges. */
  weekSplit: { categories: AuditCategory[]; roles: AuditRole[] } | undefined;
}
