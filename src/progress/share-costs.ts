import type { SharePayload } from './share-payload.ts';
import { shareLength } from './share-codec.ts';

/**
 * What each item of a share adds to the link, so the share panel can show sizes and, when a link is too long, name
 * the items worth dropping. Compression makes sizes interact, so each cost is measured, not estimated: the link's
 * length with the item minus its length without it.
 */

/** One item a learner can leave out of a share. */
export type ShareItem =
  | { part: 'name' }
  | { part: 'completed' }
  /** One attempt of an instrument, by its position in the shared attempts (oldest first). */
  | { part: 'assessments'; id: string; attempt: number }
  | { part: 'reflections' | 'scenarios' | 'commitments'; id: string };

/** Every item in a share, in the payload's order. */
export function shareItems(payload: SharePayload): ShareItem[] {
  const items: ShareItem[] = [];
  if (payload.name !== undefined) items.push({ part: 'name' });
  for (const [id, { attempts }] of Object.entries(payload.assessments ?? {})) {
    attempts.forEach((_, attempt) => items.push({ part: 'assessments', id, attempt }));
  }
  if (payload.completed?.length) items.push({ part: 'completed' });
  for (const part of ['reflections', 'scenarios', 'commitments'] as const) {
    for (const id of Object.keys(payload[part] ?? {})) items.push({ part, id });
  }
  return items;
}

/** A copy of `record` without `key`, or undefined when nothing is left. */
function without<T>(record: Record<string, T> | undefined, key: string): Record<string, T> | undefined {
  const rest = Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => k !== key));
  return Object.keys(rest).length ? rest : undefined;
}

/** Drops parts left empty, so a payload never holds `{}` or `[]` for something the learner did not share. */
function compact(payload: SharePayload): SharePayload {
  return Object.fromEntries(
    Object.entries(payload).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as SharePayload;
}

/** The share without one item; the original is not changed. */
export function withoutShareItem(payload: SharePayload, item: ShareItem): SharePayload {
  switch (item.part) {
    case 'name':
      return compact({ ...payload, name: undefined });
    case 'completed':
      return compact({ ...payload, completed: undefined });
    case 'assessments': {
      const attempts = (payload.assessments?.[item.id]?.attempts ?? []).filter((_, i) => i !== item.attempt);
      const assessments = attempts.length
        ? { ...payload.assessments, [item.id]: { attempts } }
        : without(payload.assessments, item.id);
      return compact({ ...payload, assessments });
    }
    default:
      return compact({ ...payload, [item.part]: without<unknown>(payload[item.part], item.id) });
  }
}

export interface ShareItemCost {
  item: ShareItem;
  /** Characters the link would lose without this item. */
  saves: number;
}

/** Each item of a share with the characters it adds to the link, largest first. */
export async function shareItemCosts(
  payload: SharePayload,
  options: { encrypted?: boolean } = {},
): Promise<{ length: number; items: ShareItemCost[] }> {
  const length = await shareLength(payload, options);
  const items = await Promise.all(
    shareItems(payload).map(async (item) => ({
      item,
      saves: length - (await shareLength(withoutShareItem(payload, item), options)),
    })),
  );
  return { length, items: items.sort((a, b) => b.saves - a.saves) };
}
