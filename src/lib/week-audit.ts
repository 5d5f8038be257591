/**
 * The week audit's arithmetic: the share of a week's hours that went to building and to enabling, and where that
 * share sits against a role's typical range. Pure, so it is tested without a page.
 */

type WorkKind = 'building' | 'enabling';

export interface AuditCategory {
  id: string;
  kind: WorkKind;
}

export interface AuditRole {
  id: string;
  name: string;
  /** The course's rule of thumb for the share of a week spent enabling, [lowest, highest] in percent. */
  enablingPercent: [number, number];
}

/** Every saved week, and the draft being filled in, live in one record of this id, shared by every week audit. */
export const WEEK_AUDIT_RECORD = 'week-split';

/** The most hours a box accepts for one kind of work in one week, and the step: half an hour. */
export const MAX_HOURS = 80;
export const HOURS_STEP = 0.5;

export interface WeekSplit {
  /** Hours counted in known categories. */
  total: number;
  building: number;
  enabling: number;
  /** Whole percentages that add up to 100. */
  buildingPercent: number;
  enablingPercent: number;
}

/**
 * How a week's hours split, by the kind of each category; hours in categories the course no longer has are left
 * out. Undefined when no hours are counted, since a share of nothing means nothing.
 */
export function splitWeek(hours: Record<string, number>, categories: AuditCategory[]): WeekSplit | undefined {
  let building = 0;
  let enabling = 0;
  for (const category of categories) {
    const value = Object.hasOwn(hours, category.id) ? hours[category.id]! : 0;
    if (category.kind === 'building') building += value;
    else enabling += value;
  }
  const total = building + enabling;
  if (total <= 0) return undefined;
  // Round one share and derive the other, so the two always add up to 100.
  const enablingPercent = Math.round((enabling / total) * 100);
  return { total, building, enabling, buildingPercent: 100 - enablingPercent, enablingPercent };
}

export type Placement = 'below' | 'inside' | 'above';

/** Where a whole-percent share sits against a range, both ends included. */
export function placeInRange(percent: number, [low, high]: [number, number]): Placement {
  if (percent < low) return 'below';
  if (percent > high) return 'above';
  return 'inside';
}

/** Plain words for a placement: a position, never a judgement. */
export const describePlacement = (placement: Placement) => `${placement} the typical range`;

/**
 * What a learner typed in an hours box: a number of hours (0 to 80, in half hours), null for an empty box (no
 * hours), or undefined for anything else, which is not stored.
 */
export function parseHours(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || value > MAX_HOURS || !Number.isInteger(value / HOURS_STEP)) return undefined;
  return value;
}

const HOURS = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
/** "1 hour", "7.5 hours". */
export const formatHours = (hours: number) => `${HOURS.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
