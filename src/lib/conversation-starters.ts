import type { DimensionName, Ratings } from './assessment-results.ts';

export interface ConversationStarters {
  /** The two dimensions rated lowest in the latest attempt, lowest first (ties in the instrument's order). */
  lowest: string[];
  /** The dimension that moved most between the first and the latest attempt, when any moved. */
  largestChange: { id: string; change: number } | undefined;
}

/**
 * Where a mentor might start the conversation: the learner's two lowest-rated dimensions, and the one that changed
 * most since their first shared attempt (up or down: a drop is as worth talking about as a rise).
 */
export function conversationStarters(
  latest: Ratings,
  first: Ratings | undefined,
  dimensions: DimensionName[],
): ConversationStarters {
  const rated = dimensions.filter((d) => Number.isInteger(latest[d.id]));
  const lowest = [...rated]
    .sort((a, b) => latest[a.id]! - latest[b.id]!)
    .slice(0, 2)
    .map((d) => d.id);
  let largestChange: ConversationStarters['largestChange'];
  if (first) {
    for (const d of rated) {
      if (!Number.isInteger(first[d.id])) continue;
      const change = latest[d.id]! - first[d.id]!;
      if (change !== 0 && Math.abs(change) > Math.abs(largestChange?.change ?? 0)) largestChange = { id: d.id, change };
    }
  }
  return { lowest, largestChange };
}
