import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/**
 * The level descriptions of a self-assessment instrument, fetched by the island only when a learner starts it:
 * they are the bulk of the instrument, and lesson pages stay light without them.
 */
export const getStaticPaths = (async () => {
  const instruments = await getCollection('assessments');
  return instruments.map((entry) => ({ params: { instrument: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  Response.json({
    dimensions: props.entry.data.dimensions.map(({ id, summary, levels }) => ({ id, summary, levels })),
  });
