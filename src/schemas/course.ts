import { z } from 'astro/zod';

/** The course as a whole: `content/course.yaml`. */
export const courseSchema = z.object({
  /** The course's name, shown in the header and page titles. */
  title: z.string().min(1),
  /** One or two sentences on what the course is, for the home page and search engines. */
  description: z.string().min(1),
});
