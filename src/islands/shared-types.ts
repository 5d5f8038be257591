/** What the mentor view needs to know about the course, built at build time from the content (src/pages/shared.astro). */
export interface SharedOutline {
  modules: { id: string; title: string; lessons: { id: string; title: string; href: string }[] }[];
  /** Reflection prompts and commitment lists by exercise id, with their lesson. */
  exercises: Record<string, { lesson: string; kind: string; prompt?: string }>;
  instruments: { id: string; title: string; detailUrl: string; dimensions: { id: string; name: string }[] }[];
  /**
   * Scenarios by exercise id: the question, each option's label and the ids of the recommended ones (the cohort
   * dashboard marks them); the reasoning is fetched when shown.
   */
  scenarios: Record<string, { title: string; options: Record<string, string>; recommended: string[]; reasoningUrl: string }>;
  /** The page on mentoring with this course. */
  mentoringHref: string;
}
