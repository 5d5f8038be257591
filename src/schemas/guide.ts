import { z } from 'astro/zod';
import { readingSchema } from './reading.ts';

/** A page of guidance outside the lessons, such as the one for mentors: `content/guides/<id>.mdx`. */
export const guideSchema = z
  .object({
    /** Shown as the page heading. */
    title: z.string().min(1),
    /** One or two sentences, for search engines and link previews. */
    description: z.string().min(1),
    /** Every source the page relies on, listed under "Further reading" and on the References page. */
    readings: z.array(readingSchema).min(1, 'a guide cites the sources it relies on'),
  })
  .strict();
