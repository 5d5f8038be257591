import { z } from 'astro/zod';

/**
 * A person in the course's examples and scenarios: one entry of `content/cast.yaml`. Each name belongs to one person
 * across the whole course, so a learner never meets two different people with the same name. Real people, such as the
 * authors the lessons cite, are credited in each lesson's readings instead.
 */
export const castSchema = z
  .object({
    /** Made by the loader from the name ("Tomás" -> "tomas"); two entries with the same name fail the build. */
    id: z.string().min(1),
    /** The name exactly as the content writes it, for example "Tomás". */
    name: z.string().min(1, 'a cast entry needs a name'),
    /** Who they are, in one line, for example "Senior engineer whose good week is the work he shipped". */
    role: z.string().min(1, 'a cast entry needs a role: who this person is, in one line'),
    /** The ids of every lesson and scenario in which this person appears; the build checks that each one exists. */
    appearsIn: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'appearsIn lists lesson and scenario ids'))
      .min(1, 'a cast entry appears in at least one lesson or scenario'),
  })
  .strict();
