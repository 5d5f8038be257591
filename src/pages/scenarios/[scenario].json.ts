import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ScenarioReasoning } from '../../lib/scenario-reasoning.ts';
import type { ScenarioText } from '../../progress/index.ts';

/**
 * The reasoning behind each option of a scenario, fetched by the island when the learner has chosen: the bulk of
 * a scenario, kept out of the lesson page so it stays light. It also carries the scenario's title, question and
 * option labels, for the learner's journal (My progress fetches the file of each scenario the learner answered).
 */
export const getStaticPaths = (async () => {
  const scenarios = await getCollection('scenarios');
  return scenarios.map((entry) => ({ params: { scenario: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) => {
  const { title, question, options, tipsTheChoice } = props.entry.data;
  const reasoning: ScenarioReasoning & ScenarioText = {
    title,
    question,
    options: Object.fromEntries(
      options.map(({ id, label, rationale, recommended, bestIf }) => [
        id,
        { label, rationale, recommended, ...(bestIf ? { bestIf } : {}) },
      ]),
    ),
    ...(tipsTheChoice ? { tipsTheChoice } : {}),
  };
  return Response.json(reasoning);
};
