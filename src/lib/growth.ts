/** How a learner's levels grew across the attempts of one self-assessment: pure, so My progress only draws it. */
import { compareAttempts, type DimensionChange, type DimensionName, type Ratings } from './assessment-results.ts';

/**
 * The attempts of one instrument as the radar overlays them: the latest drawn strongly, the first as the baseline
 * (once there are two), and any in between drawn faintly.
 */
export interface GrowthSeries<T> {
  latest: T;
  first: T | undefined;
  between: T[];
}

/** The series of attempts (oldest first), or undefined when there are none. */
export function growthSeries<T>(attempts: readonly T[]): GrowthSeries<T> | undefined {
  const latest = attempts.at(-1);
  if (latest === undefined) return undefined;
  return { latest, first: attempts.length > 1 ? attempts[0] : undefined, between: attempts.slice(1, -1) };
}

/**
 * The change table: each dimension's level in the first attempt and the latest, and the difference. With one
 * attempt there is nothing before it, so `previous` and `change` are undefined.
 */
export function changeRows(attempts: readonly { ratings: Ratings }[], dimensions: DimensionName[]): DimensionChange[] {
  const series = growthSeries(attempts);
  return series ? compareAttempts(series.latest.ratings, series.first?.ratings, dimensions) : [];
}

/** How many dimensions went up, down, or stayed the same, among those with a level in both attempts. */
export function changeCounts(rows: DimensionChange[]): { up: number; down: number; same: number } {
  const changes = rows.flatMap((row) => (row.change === undefined ? [] : [row.change]));
  return {
    up: changes.filter((c) => c > 0).length,
    down: changes.filter((c) => c < 0).length,
    same: changes.filter((c) => c === 0).length,
  };
}

/** "Up in 3 dimensions, down in 1 and the same in none": the counts as one plain phrase. */
export function describeCounts({ up, down, same }: { up: number; down: number; same: number }): string {
  const n = (count: number) => (count === 0 ? 'none' : String(count));
  const upIn = up === 0 ? 'none' : `${up} ${up === 1 ? 'dimension' : 'dimensions'}`;
  return `Up in ${upIn}, down in ${n(down)} and the same in ${n(same)}`;
}
