import { z } from 'astro/zod';

/** A mentor prompt is shorter than this: one spoken question, not a paragraph. */
export const MENTOR_PROMPT_LIMIT = 200;

/** One open coaching question a mentor can ask, in one sentence. */
const promptSchema = z
  .string()
  .trim()
  .min(1, 'a mentor prompt cannot be empty')
  .max(MENTOR_PROMPT_LIMIT - 1, `a mentor prompt is one question, shorter than ${MENTOR_PROMPT_LIMIT} characters`)
  .refine((text) => text.endsWith('?'), 'a mentor prompt is a question, ending in "?"');

/**
 * Questions a mentor can ask about a dimension, shown in the mentor's view of a share link. They are not level texts,
 * so changing them never calls for a new instrument version.
 */
const mentorPromptsSchema = z
  .object({
    /** For a learner who rated the dimension low: three or four open questions. */
    low: z
      .array(promptSchema)
      .min(3, 'ask three or four questions of a low rating')
      .max(4, 'ask three or four questions of a low rating'),
    /** For the dimension that changed most between two attempts: two or three open questions. */
    change: z
      .array(promptSchema)
      .min(2, 'ask two or three questions of a change')
      .max(3, 'ask two or three questions of a change'),
  })
  .strict();

export type MentorPrompts = z.infer<typeof mentorPromptsSchema>;

/** One dimension of a self-assessment, rated by choosing the description that fits. */
const dimensionSchema = z
  .object({
    /** Stable id; attempts are stored by it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Short human name, used in the chart and tables. */
    name: z.string().min(1),
    /** One sentence on what the dimension is. */
    summary: z.string().min(1),
    /** Ids of the lessons that build this dimension: advice for the weakest dimension links to them. */
    lessons: z.array(z.string().min(1)).min(1),
    /** Exactly five behavioural descriptions, level 1 first. */
    levels: z.array(z.string().min(1)).length(5, 'a dimension has exactly five levels'),
    /** Coaching questions for a mentor; optional here, required of the course's live instruments by a content test. */
    mentorPrompts: mentorPromptsSchema.optional(),
  })
  .strict();

/** A self-assessment instrument: `content/assessments/<id>.yaml`. */
export const assessmentSchema = z
  .object({
    /** The instrument's name. */
    title: z.string().min(1),
    /** What it measures and how to answer honestly. */
    description: z.string().min(1),
    /**
     * The version of the level texts, from 1. Raise it when a level's meaning changes, and keep the previous file as
     * content/assessments-archive/<id>-v<version>.yaml, so attempts taken against it still read correctly.
     */
    version: z.number().int().min(1).default(1),
    /** Three or more dimensions (a radar chart needs three). */
    dimensions: z.array(dimensionSchema).min(3),
  })
  .strict();
