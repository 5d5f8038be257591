import { z } from 'astro/zod';

/** A term of the glossary: one entry of `content/glossary.yaml`. */
export const glossarySchema = z
  .object({
    /** Made by the loader from the term ("Conway's law" -> "conways-law"); also the term's anchor on the page. */
    id: z.string().min(1),
    /** The term as it is usually written, for example "Conway's law". */
    term: z.string().min(1),
    /** One or two sentences in the course's own words. */
    definition: z.string().min(1),
    /** The id of the lesson that teaches the term; the glossary links to it. */
    lesson: z.string().min(1),
  })
  .strict();
