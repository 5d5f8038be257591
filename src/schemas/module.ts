import { z } from 'astro/zod';

/** A module groups lessons: one entry of `content/modules.yaml`. Its `id` is also its URL segment. */
export const moduleSchema = z.object({
  /** Stable identifier, lowercase words joined by hyphens; used in URLs and by lessons' `module` field. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens'),
  /** Human title, for example "The shift". */
  title: z.string().min(1),
  /** What the module covers, in a sentence or two; shown on the module page and the course map. */
  summary: z.string().min(1),
  /** Position in the course; the orientation is 0. */
  order: z.number().int().nonnegative(),
});
