/**
 * What the course stores, one record per localStorage key, and how each record is checked when read back.
 * Every value read from storage or from an imported file passes through `decodeRecord`: a value that does not
 * match is never trusted and never silently replaced (see `Unreadable`).
 */

export const SCHEMA_VERSION = 2;

/** A reflection the learner wrote. */
export interface ReflectionRecord {
  text: string;
  /** ISO timestamp of the last save. */
  savedAt: string;
  /** The lesson the reflection was written in, when known (data migrated from version 1 has none). */
  lesson?: string;
}

/** The option a learner chose in a decision scenario. */
export interface ScenarioRecord {
  choice: number;
  answeredAt: string;
  lesson?: string;
}

/** Ratings by dimension id, each 1 to 5. */
export type Ratings = Record<string, number>;

/** One completed self-assessment. */
export interface Attempt {
  completedAt: string;
  /** The exercise it was taken in (the orientation baseline, the capstone retake, ...). */
  exercise: string;
  ratings: Ratings;
}

/** Every completed attempt of one instrument, oldest first. */
export interface AttemptsRecord {
  attempts: Attempt[];
}

/** Ratings chosen so far in an attempt not yet completed, so a reload loses nothing. */
export interface DraftRecord {
  ratings: Ratings;
}

export interface Commitment {
  id: string;
  text: string;
  target: string;
  done: boolean;
  updatedAt: string;
}

export interface CommitmentsRecord {
  items: Commitment[];
  lesson?: string;
}

/** A lesson's state for this learner. */
export interface LessonRecord {
  completedAt?: string;
  visitedAt?: string;
}

export interface RecordKinds {
  reflection: ReflectionRecord;
  scenario: ScenarioRecord;
  attempts: AttemptsRecord;
  draft: DraftRecord;
  commitments: CommitmentsRecord;
  lesson: LessonRecord;
}
export type RecordKind = keyof RecordKinds;
export const RECORD_KINDS = [
  'reflection',
  'scenario',
  'attempts',
  'draft',
  'commitments',
  'lesson',
] as const satisfies readonly RecordKind[];

/** A stored value that could not be read as its kind. Its raw text is kept exactly as found. */
export interface Unreadable {
  unreadable: true;
  raw: string;
}

export const isUnreadable = (value: unknown): value is Unreadable =>
  typeof value === 'object' && value !== null && (value as Unreadable).unreadable === true;

/**
 * Ids are the content's stable ids: lowercase words joined by hyphens. Anything else is refused, including names
 * that objects inherit, so an id can never reach a prototype.
 */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= 120 &&
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) &&
  !(value in Object.prototype) &&
  value !== 'prototype';

const MAX_TEXT = 100_000;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const hasOnly = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((k) => keys.includes(k));
const isLevel = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

function isRatings(value: unknown): value is Ratings {
  return isObject(value) && Object.keys(value).length <= 50 && Object.entries(value).every(([k, v]) => isId(k) && isLevel(v));
}

const VALIDATORS: { [K in RecordKind]: (value: unknown) => value is RecordKinds[K] } = {
  reflection: (v): v is ReflectionRecord =>
    isObject(v) && hasOnly(v, ['text', 'savedAt', 'lesson']) && isText(v.text) && isTime(v.savedAt) && optional(v.lesson, isId),
  scenario: (v): v is ScenarioRecord =>
    isObject(v) &&
    hasOnly(v, ['choice', 'answeredAt', 'lesson']) &&
    Number.isInteger(v.choice) &&
    (v.choice as number) >= 0 &&
    (v.choice as number) < 10 &&
    isTime(v.answeredAt) &&
    optional(v.lesson, isId),
  attempts: (v): v is AttemptsRecord =>
    isObject(v) &&
    hasOnly(v, ['attempts']) &&
    Array.isArray(v.attempts) &&
    v.attempts.length <= 500 &&
    v.attempts.every(
      (a) =>
        isObject(a) &&
        hasOnly(a, ['completedAt', 'exercise', 'ratings']) &&
        isTime(a.completedAt) &&
        isId(a.exercise) &&
        isRatings(a.ratings),
    ),
  draft: (v): v is DraftRecord => isObject(v) && hasOnly(v, ['ratings']) && isRatings(v.ratings),
  commitments: (v): v is CommitmentsRecord =>
    isObject(v) &&
    hasOnly(v, ['items', 'lesson']) &&
    optional(v.lesson, isId) &&
    Array.isArray(v.items) &&
    v.items.length <= 200 &&
    v.items.every(
      (c) =>
        isObject(c) &&
        hasOnly(c, ['id', 'text', 'target', 'done', 'updatedAt']) &&
        isText(c.id, 60) &&
        isText(c.text, 2_000) &&
        isText(c.target, 100) &&
        typeof c.done === 'boolean' &&
        isTime(c.updatedAt),
    ),
  lesson: (v): v is LessonRecord =>
    isObject(v) && hasOnly(v, ['completedAt', 'visitedAt']) && optional(v.completedAt, isTime) && optional(v.visitedAt, isTime),
};

/** Whether a parsed value is a valid record of a kind. */
export function isRecord<K extends RecordKind>(kind: K, value: unknown): value is RecordKinds[K] {
  return VALIDATORS[kind](value);
}

/** Reads a stored string as a record of a kind, or marks it unreadable, keeping the raw text. */
export function decodeRecord<K extends RecordKind>(kind: K, raw: string): RecordKinds[K] | Unreadable {
  try {
    const value: unknown = JSON.parse(raw);
    if (isRecord(kind, value)) return value;
  } catch {
    // Not JSON at all: fall through.
  }
  return { unreadable: true, raw };
}

/** The stored form of a record; an unreadable value is written back exactly as it was found. */
export function encodeRecord(value: RecordKinds[RecordKind] | Unreadable): string {
  return isUnreadable(value) ? value.raw : JSON.stringify(value);
}

/** The lesson visited most recently among those `known` (lessons still in the course), if any. */
export function latestVisited(
  lessons: Record<string, LessonRecord | Unreadable | undefined>,
  known: (id: string) => boolean,
): string | undefined {
  let latest: { id: string; at: string } | undefined;
  for (const [id, record] of Object.entries(lessons)) {
    if (!record || isUnreadable(record) || !record.visitedAt || !known(id)) continue;
    if (!latest || record.visitedAt > latest.at) latest = { id, at: record.visitedAt };
  }
  return latest?.id;
}
