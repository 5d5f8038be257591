import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase words joined by hyphens');

/** A role the learner compares their week with. */
const roleSchema = z
  .object({
    /** Stable id; each saved week records the role it was compared with by this id. */
    id,
    /** The role's name, shown in the role choice and beside each saved week. */
    name: z.string().min(1),
    /**
     * The typical share of a week spent enabling, in percent, as [lowest, highest]: the course's rule of thumb, shown
     * as a range to compare with, never as a target or a score.
     */
    enablingPercent: z
      .tuple([z.number().int().min(0).max(100), z.number().int().min(0).max(100)])
      .refine(([low, high]) => low <= high, 'the range is [lowest, highest], lowest first'),
    /** Why the range sits where it does for this role, in a sentence or three. */
    why: z.string().min(1),
  })
  .strict();

/** A kind of work the learner counts hours for. */
const categorySchema = z
  .object({
    /** Stable id; saved hours are stored by it, so renaming the category's name loses nothing. */
    id,
    /** Short name, the label of its hours box. */
    name: z.string().min(1),
    /** Whether the hours count as building (doing the work yourself) or enabling (helping others do theirs). */
    kind: z.enum(['building', 'enabling']),
    /** What counts here, shown under the hours box so two people sort the same hour the same way. */
    description: z.string().min(1),
  })
  .strict();

const unique = (items: { id: string }[]) => new Set(items.map((item) => item.id)).size === items.length;

/** How a week splits between building and enabling, and what is typical by role: `content/week-split.yaml`. */
export const weekSplitSchema = z
  .object({
    /** Set by the loader: the file holds one entry. */
    id: z.literal('week-split'),
    /** The guidance's title. */
    title: z.string().min(1),
    /** How to read the ranges: what counts, what to leave out, and that a range is not a score. */
    summary: z.string().min(1),
    /** Where the ranges come from; labelled as the course's rule of thumb unless a source gives the figures. */
    source: z.string().min(1),
    /** The roles to compare with, in the order the role choice lists them. */
    roles: z.array(roleSchema).min(1).refine(unique, 'every role needs its own id'),
    /** The kinds of work to count, at least one building and one enabling, in the order they are asked. */
    categories: z
      .array(categorySchema)
      .max(50)
      .refine(unique, 'every category needs its own id')
      .refine(
        (categories) => categories.some((c) => c.kind === 'building') && categories.some((c) => c.kind === 'enabling'),
        'there must be at least one building and one enabling category',
      ),
  })
  .strict();
