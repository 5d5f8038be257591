import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ScenarioReasoning } from '../../lib/scenario-reasoning.ts';

/**
 * The reasoning behind each option of a scenario, fetched by the island when the learner has chosen: the bulk of
 * a scenario, kept out of the lesson page so it stays light.
 */
export const getStaticPaths = (async () => {
  const scenarios = await getCollection('scenarios');
  return scenarios.map((entry) => ({ params: { scenario: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) => {
  const { options, tipsTheChoice } = props.entry.data;
  const reasoning: ScenarioReasoning = {
    options: Object.fromEntries(
      options.map(({ id, rationale, recommended, bestIf }) => [id, { rationale, recommended, ...(bestIf ? { bestIf } : {}) }]),
    ),
    ...(tipsTheChoice ? { tipsTheChoice } : {}),
  };
  return Response.json(reasoning);
};
