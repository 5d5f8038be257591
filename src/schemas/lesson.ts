import { z } from 'astro/zod';
import { readingSchema } from './reading.ts';

/** A lesson's frontmatter: `content/lessons/<module>/<nn>-<lesson-id>.mdx`. */
export const lessonSchema = z
  .object({
    /** The page heading and the name everywhere the lesson is listed. */
    title: z.string().min(1),
    /** One or two sentences: search results, the course map and link previews show it. */
    description: z.string().min(1),
    /** The id of the module this lesson belongs to (from `content/modules.yaml`). */
    module: z.string().min(1),
    /** Position within the module, from 1; unique within the module. */
    order: z.number().int().positive(),
    /** Exactly three learning objectives, each completing "You will be able to...". */
    objectives: z
      .array(z.string().min(1))
      .min(1, 'a lesson needs learning objectives')
      .length(3, 'a lesson has exactly three learning objectives'),
    /** Estimated minutes to read the lesson and do its exercises. */
    minutes: z.number().int().positive().max(240),
    /** Three to five key takeaways, shown at the end of the lesson. */
    takeaways: z
      .array(z.string().min(1))
      .min(3, 'a lesson has three to five takeaways')
      .max(5, 'a lesson has three to five takeaways'),
    /** Every source the lesson relies on. */
    readings: z.array(readingSchema).min(1, 'a lesson lists the sources it relies on'),
  })
  .strict();
