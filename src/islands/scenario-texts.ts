import { href } from '../lib/urls.ts';
import type { JournalOutline, ScenarioText } from '../progress/index.ts';

/**
 * The title, question and option texts of the scenarios a learner answered, from the scenarios' JSON files, for the
 * journal. Only scenarios still in the course are asked for; one that cannot be fetched is left out, and the journal
 * then names the chosen option by its id.
 */
export async function loadScenarioTexts(answered: string[], outline: JournalOutline): Promise<Record<string, ScenarioText>> {
  const ids = answered.filter((id) => outline.exercises[id]?.kind === 'Scenario');
  const texts = await Promise.all(
    ids.map((id) =>
      fetch(href(`scenarios/${id}.json`))
        .then((response) => (response.ok ? (response.json() as Promise<ScenarioText>) : undefined))
        .catch(() => undefined),
    ),
  );
  return Object.fromEntries(ids.flatMap((id, i) => (texts[i] ? [[id, texts[i]]] : [])));
}
