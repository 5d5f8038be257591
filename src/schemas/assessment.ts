import { z } from 'astro/zod';

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
