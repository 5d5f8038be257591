import { z } from 'astro/zod';

/** One choice in a decision scenario. */
const scenarioOptionSchema = z
  .object({
    /** What the learner would do, in one sentence. */
    label: z.string().min(1),
    /** Why this choice helps or hurts: every option has one, not only the best. */
    rationale: z.string().min(1, 'every option needs a rationale'),
    /** The option the course recommends; exactly one per scenario. */
    recommended: z.boolean().default(false),
  })
  .strict();

/** A decision scenario: `content/scenarios/<id>.yaml`, placed in a lesson with `<Scenario id="..." />`. */
export const scenarioSchema = z
  .object({
    /** A short name for the situation. */
    title: z.string().min(1),
    /** The situation, in the second person. */
    situation: z.string().min(1),
    /** The decision the learner faces. */
    question: z.string().min(1),
    /** Two to five options (most scenarios have three or four). */
    options: z.array(scenarioOptionSchema).min(2).max(5),
  })
  .strict()
  .refine((s) => s.options.filter((o) => o.recommended).length === 1, {
    message: 'exactly one option is recommended',
    path: ['options'],
  });
