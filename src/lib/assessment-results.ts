/** What a completed self-assessment says: pure, so the islands only draw it. */

export interface DimensionName {
  id: string;
  name: string;
}

export type Ratings = Record<string, number>;

/** Whether every dimension has a level. */
export function isComplete(ratings: Ratings, dimensions: DimensionName[]): boolean {
  return dimensions.every((d) => Number.isInteger(ratings[d.id]));
}

/** The highest- and lowest-rated dimensions; ties are all included, in the instrument's order. */
export function strongestAndWeakest(ratings: Ratings, dimensions: DimensionName[]): { strongest: string[]; weakest: string[] } {
  const rated = dimensions.filter((d) => Number.isInteger(ratings[d.id]));
  if (!rated.length) return { strongest: [], weakest: [] };
  const levels = rated.map((d) => ratings[d.id]!);
  const high = Math.max(...levels);
  const low = Math.min(...levels);
  // When every dimension is rated the same there is no strongest or weakest to point at.
  if (high === low) return { strongest: [], weakest: [] };
  return {
    strongest: rated.filter((d) => ratings[d.id] === high).map((d) => d.id),
    weakest: rated.filter((d) => ratings[d.id] === low).map((d) => d.id),
  };
}

export interface DimensionChange {
  id: string;
  name: string;
  current: number | undefined;
  previous: number | undefined;
  /** current minus previous, when both exist. */
  change: number | undefined;
}

/** Each dimension's level now, before, and the difference. */
export function compareAttempts(current: Ratings, previous: Ratings | undefined, dimensions: DimensionName[]): DimensionChange[] {
  return dimensions.map(({ id, name }) => {
    const now = current[id];
    const before = previous?.[id];
    return {
      id,
      name,
      current: now,
      previous: before,
      change: now !== undefined && before !== undefined ? now - before : undefined,
    };
  });
}

/** "+1", "−2", "no change": a change as it should be read aloud and shown. */
export function describeChange(change: number | undefined): string {
  if (change === undefined) return '—';
  if (change === 0) return 'no change';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** An instrument's level texts: the current version's, and those of earlier versions. */
export interface InstrumentLevels {
  version: number;
  dimensions: { id: string; levels: string[] }[];
  earlier: { version: number; dimensions: { id: string; levels: string[] }[] }[];
}

/**
 * The description a learner chose for a dimension, in the version of the instrument the attempt was taken against
 * (attempts from before versions were recorded are version 1), or undefined when that text is not available.
 */
export function levelDescription(
  instrument: InstrumentLevels,
  attemptVersion: number | undefined,
  dimension: string,
  level: number,
) {
  const version = attemptVersion ?? 1;
  const texts = version === instrument.version ? instrument : instrument.earlier.find((e) => e.version === version);
  return texts?.dimensions.find((d) => d.id === dimension)?.levels[level - 1];
}
