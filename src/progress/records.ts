import * as v from 'valibot';
import { parseHours } from '../lib/week-audit.ts';

/**
 * What the course stores, one record per localStorage key, declared once: each schema below is both the check every
 * value passes when it is read back or imported, and (through `InferOutput`) the record's type. A value that does
 * not match is never trusted and never silently replaced (see `Unreadable`), and nothing is written that would not
 * read back.
 */

/**
 * The version of the stored and exported formats. 1: one blob. 2: one key per record. 3: scenario answers by the
 * option's id rather than its position. Older data is migrated (migrations.ts); old export files still import.
 * A new kind of record (the week audit's `audit`, the facilitator's `cohort`) changes no existing shape, so it does not
 * raise the version: files without it import as before.
 */
export const SCHEMA_VERSION = 3;

/** The longest reflection, in UTF-16 code units (what `String.length` and the textarea's `maxlength` count). */
export const MAX_REFLECTION_LENGTH = 100_000;

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

/** A plain object: not null, not an array, not a class instance. The one guard the state module uses. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const id = v.custom<string>(isId, 'not an id');
const time = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a time'),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const level = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
// valibot's record passes over keys such as `__proto__` rather than checking them, so the raw keys are checked first:
// at most 50, every one an id.
const keyedByIds = v.custom<Record<string, unknown>>(
  (r) => isPlainObject(r) && Object.keys(r).length <= 50 && Object.keys(r).every(isId),
  'at most 50 keys, each an id',
);
const ratings = v.pipe(keyedByIds, v.record(id, level));
/** The longest line of evidence for one rating. */
export const MAX_EVIDENCE_LENGTH = 200;
/** By dimension id, a line the learner wrote on what they did that shows their rating. */
const evidence = v.pipe(keyedByIds, v.record(id, text(MAX_EVIDENCE_LENGTH)));

/** A reflection the learner wrote. */
const reflection = v.strictObject({
  text: text(MAX_REFLECTION_LENGTH),
  /** ISO timestamp of the last save. */
  savedAt: time,
  /** The lesson the reflection was written in, when known (data migrated from version 1 has none). */
  lesson: v.optional(id),
});

/** The option a learner chose in a decision scenario, by the option's id in the content. */
const scenario = v.strictObject({
  option: id,
  answeredAt: time,
  lesson: v.optional(id),
});

/** One completed self-assessment. */
const attempt = v.strictObject({
  completedAt: time,
  /** The exercise it was taken in (the orientation baseline, the capstone retake, ...). */
  exercise: id,
  /** Level 1 to 5 by dimension id. */
  ratings,
  evidence: v.optional(evidence),
  /** The version of the instrument's level texts it was taken against (absent: version 1). */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))),
});

/** Every completed attempt of one instrument, oldest first. */
const attempts = v.strictObject({ attempts: v.pipe(v.array(attempt), v.maxLength(500)) });

/** Ratings chosen so far in an attempt not yet completed, so a reload loses nothing. */
const draft = v.strictObject({ ratings, evidence: v.optional(evidence) });

const commitment = v.strictObject({
  id: text(60),
  text: text(2_000),
  /** The target the learner picked, for example "Day 30". */
  target: text(100),
  done: v.boolean(),
  updatedAt: time,
});

/** Actions the learner commits to, in one list. */
const commitments = v.strictObject({ items: v.pipe(v.array(commitment), v.maxLength(200)), lesson: v.optional(id) });

/** The most weeks an audit keeps: ten years of weekly audits. Saving one more lets the oldest go. */
export const MAX_AUDIT_ENTRIES = 520;
/** Hours in one week by category id, each from 0 to 80 in half hours: exactly what the hours box accepts. */
const halfHours = v.pipe(
  v.number(),
  v.check((n) => parseHours(String(n)) === n, 'not hours the box accepts'),
);
const hours = v.pipe(keyedByIds, v.record(id, halfHours));

/** One week of a week audit, as saved: the learner's own hours by category, and the role they compared it with. */
const auditEntry = v.strictObject({
  savedAt: time,
  /** The role's id in the course's week-split guidance. */
  role: id,
  /** Hours by category id; each category's kind (building or enabling) is read from the content when shown. */
  hours,
  /** The exercise it was saved in (the orientation's audit, the capstone's, ...). */
  exercise: v.optional(id),
});

/** Every saved week of the week audit, oldest first, and the week being filled in, so a reload loses nothing. */
const audit = v.strictObject({
  entries: v.pipe(v.array(auditEntry), v.maxLength(MAX_AUDIT_ENTRIES)),
  draft: v.optional(v.strictObject({ role: v.optional(id), hours })),
});

/** A lesson's state for this learner. */
const lesson = v.strictObject({ completedAt: v.optional(time), visitedAt: v.optional(time) });

/** The most links a kept cohort holds: far more than any cohort, few enough that keeping one never fills storage. */
export const MAX_COHORT_LINKS = 500;

/**
 * A cohort a facilitator chose to keep in this browser: the participants' share links as pasted, one a line (at most
 * MAX_COHORT_LINKS, each at most a share link's length with its address before the `#`), and when they were kept.
 * Never the cohort's passphrase: links that need one are asked for it again.
 */
const cohort = v.strictObject({
  links: v.pipe(v.array(text(66_000)), v.maxLength(MAX_COHORT_LINKS)),
  keptAt: time,
});

const SCHEMAS = { reflection, scenario, attempts, draft, commitments, lesson, audit, cohort };

/** The pieces a share link reuses (shares.ts), so a shared record is checked exactly as a stored one. */
export {
  id as idSchema,
  time as timeSchema,
  keyedByIds,
  reflection as reflectionSchema,
  scenario as scenarioSchema,
  attempts as attemptsSchema,
  commitments as commitmentsSchema,
};

export type RecordKinds = { [K in keyof typeof SCHEMAS]: v.InferOutput<(typeof SCHEMAS)[K]> };
export type RecordKind = keyof RecordKinds;
export type ScenarioRecord = RecordKinds['scenario'];
export type Attempt = v.InferOutput<typeof attempt>;
export type Commitment = v.InferOutput<typeof commitment>;
export type LessonRecord = RecordKinds['lesson'];
export type AuditRecord = RecordKinds['audit'];
export type AuditEntry = v.InferOutput<typeof auditEntry>;
export type CohortRecord = RecordKinds['cohort'];

export const RECORD_KINDS = Object.keys(SCHEMAS) as RecordKind[];

/** A stored value that could not be read as its kind. Its raw text is kept exactly as found. */
export interface Unreadable {
  unreadable: true;
  raw: string;
}

export const isUnreadable = (value: unknown): value is Unreadable =>
  typeof value === 'object' && value !== null && (value as Unreadable).unreadable === true;

/** Whether a parsed value is a valid record of a kind. */
export function isRecord<K extends RecordKind>(kind: K, value: unknown): value is RecordKinds[K] {
  return v.is(SCHEMAS[kind], value);
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

/** The stored form of a record. Refuses (throws) a value that would not read back, so nothing saved is ever lost. */
export function encodeRecord<K extends RecordKind>(kind: K, value: RecordKinds[K]): string {
  if (!isRecord(kind, value)) throw new RangeError(`Refusing to store a ${kind} that would not read back`);
  return JSON.stringify(value);
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
