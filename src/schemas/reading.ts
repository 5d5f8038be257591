import { z } from 'astro/zod';

/** A source a lesson relies on, listed under "Further reading" and collected on the References page. */
export const readingSchema = z
  .object({
    /** The author or authors, as printed on the work ("Nicole Forsgren, Jez Humble and Gene Kim"). */
    author: z.string().min(1, 'a reading needs an author'),
    /** The work's title, without quotation marks or italics. */
    title: z.string().min(1, 'a reading needs a title'),
    /** Year of first publication. */
    year: z
      .number({ error: 'a reading needs a year, as a number' })
      .int()
      .min(1500, 'a reading year must be a four-digit year')
      .max(2100, 'a reading year must be a four-digit year'),
    /** A stable, canonical address for the work, if it has one. */
    url: z.url({ protocol: /^https?$/, error: 'a reading url must be an http(s) address' }).optional(),
    /** One line on which part matters and why. */
    note: z.string().optional(),
  })
  .strict();

export type Reading = z.infer<typeof readingSchema>;
