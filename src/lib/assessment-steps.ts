/** Where a self-assessment taken one dimension at a time stands: pure, so the island only draws it. */
import type { DimensionName, Ratings } from './assessment-results.ts';

/**
 * The step a learner returns to: the first dimension not yet rated, or the review step (numbered after the last
 * dimension) when every dimension has a level. Derived from the saved draft, so no step needs storing.
 */
export function resumeStep(ratings: Ratings, dimensions: DimensionName[]): number {
  const first = dimensions.findIndex((d) => !Number.isInteger(ratings[d.id]));
  return first === -1 ? dimensions.length : first;
}

/** "Dimension 3 of 7", or "Review: 6 of 7 rated" on the step after the last dimension. */
export function stepLabel(step: number, ratings: Ratings, dimensions: DimensionName[]): string {
  if (step < dimensions.length) return `Dimension ${step + 1} of ${dimensions.length}`;
  const rated = dimensions.filter((d) => Number.isInteger(ratings[d.id])).length;
  return `Review: ${rated} of ${dimensions.length} rated`;
}
