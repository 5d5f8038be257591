import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/**
 * The week audit's guidance (content/week-split.yaml): its categories, roles, ranges and their reasons. The island
 * fetches it only when a learner starts an audit or has one saved, so lesson pages stay light.
 */
export const GET: APIRoute = async () => {
  const entry = await getEntry('weekSplit', 'week-split');
  if (!entry) return Response.json(null);
  const { id: _, ...guidance } = entry.data;
  return Response.json(guidance);
};
