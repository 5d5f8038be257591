/** What My progress needs to know about the course, built at build time from the content. */
export interface CourseOutline {
  modules: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
  /** Reflection prompts and commitment lists by exercise id, with their lesson. */
  exercises: Record<string, { lesson: string; kind: string; prompt?: string }>;
  instruments: { id: string; title: string; dimensions: { id: string; name: string }[] }[];
}
