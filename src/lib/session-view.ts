import type { CaseCard } from '../schemas/session.ts';

/** A link to a lesson, with its title. */
export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

/** One agenda step with the texts it names resolved from the course, and when it starts. */
export interface SessionStepView {
  title: string;
  minutes: number;
  /** Minutes from the session's start. */
  startsAt: number;
  prompt?: string;
  scenario?: {
    id: string;
    title: string;
    situation: string;
    question: string;
    options: { id: string; label: string; recommended: boolean }[];
    lesson: LessonLink;
  };
  reflection?: { id: string; prompt: string; lesson: LessonLink };
  case?: { id: string; title: string; format: CaseCard['format'] };
  /** For the facilitator only. */
  notes?: string;
}

export interface CaseCardView extends CaseCard {
  id: string;
}

/** A session with everything its pages show, resolved and checked at build time (lib/load-sessions.ts). */
export interface SessionView {
  id: string;
  title: string;
  /** How the session is introduced: "Session 3 · Module 2: Strategy and organisation". */
  label: string;
  order: number;
  kind: 'opening' | 'module' | 'closing';
  module?: { id: string; title: string; href: string };
  minutes: number;
  goal: string;
  prework: (LessonLink & { minutes: number })[];
  materials: string[];
  agenda: SessionStepView[];
  /** The case cards its agenda uses, in the order first used. */
  cases: CaseCardView[];
}

/** How a case card's format is named on the facilitator's pages. */
export const CASE_FORMAT_NAMES: Record<CaseCard['format'], string> = { 'role-play': 'Role-play', breakout: 'Breakout' };
