import * as v from 'valibot';
import { SCHEMA_VERSION, isId, isRecord, type ScenarioRecord } from './records.ts';
import { ASIDE_PREFIX, VERSION_KEY, parseRecordKey, recordKey } from './keys.ts';
import { emptySnapshot, snapshotEntries, type Snapshot } from './snapshot.ts';
import type { KeyValueStore } from './storage-engine.ts';

/**
 * Version 1 kept all progress in one JSON value under `fbe-progress`, so every save rewrote everything. Version 2
 * stores one record per key (see keys.ts).
 */
export const V1_KEY = 'fbe-progress';

const progressV1 = v.object({
  version: v.literal(1),
  /** Reflection text by exercise id. */
  reflections: v.optional(v.record(v.string(), v.string())),
  /** Ids of completed lessons. */
  completed: v.optional(v.array(v.string())),
  /** Chosen option index by scenario exercise id. */
  scenarios: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)))),
  /** When the blob was last saved. */
  savedAt: v.optional(v.string()),
});
export type ProgressV1 = v.InferOutput<typeof progressV1>;

/** Whether a value has the shape of version 1 progress. */
export const isProgressV1 = (value: unknown): value is ProgressV1 => v.is(progressV1, value);

/** A scenario answer as versions 1 and 2 stored it: the chosen option's position. */
const scenarioByPosition = v.object({
  choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
  answeredAt: v.string(),
  lesson: v.optional(v.string()),
});
type ScenarioByPosition = v.InferOutput<typeof scenarioByPosition>;

/** For each scenario that existed when answers were stored by position, the option id at each old position. */
export type LegacyScenarioOptions = Readonly<Record<string, readonly (string | null)[]>>;

/**
 * A scenario answer stored by position, as the option id it meant; undefined when the value is not such an answer
 * or that option has no counterpart today (the caller keeps the value aside, so nothing is lost).
 */
export function scenarioAnswerById(scenario: string, value: unknown, legacy: LegacyScenarioOptions): ScenarioRecord | undefined {
  if (!isId(scenario) || !v.is(scenarioByPosition, value) || !Object.hasOwn(legacy, scenario)) return undefined;
  const option = legacy[scenario]![value.choice];
  if (!option) return undefined;
  const record: ScenarioRecord = { option, answeredAt: value.answeredAt };
  if (value.lesson !== undefined && isId(value.lesson)) record.lesson = value.lesson;
  return isRecord('scenario', record) ? record : undefined;
}

/**
 * Version 1 progress as records of the current version, except scenario answers, which version 1 stored by position:
 * they come back as they were, for `scenarioAnswerById`. Entries whose ids are not valid ids are left out.
 */
export function migrateV1(v1: ProgressV1, now: string): { snapshot: Snapshot; byPosition: Record<string, ScenarioByPosition> } {
  const at = v1.savedAt && !Number.isNaN(Date.parse(v1.savedAt)) ? v1.savedAt : now;
  const snapshot = emptySnapshot();
  const byPosition: Record<string, ScenarioByPosition> = {};
  for (const [id, text] of Object.entries(v1.reflections ?? {})) if (isId(id)) snapshot.reflection[id] = { text, savedAt: at };
  for (const [id, choice] of Object.entries(v1.scenarios ?? {})) if (isId(id)) byPosition[id] = { choice, answeredAt: at };
  for (const id of v1.completed ?? []) if (isId(id)) snapshot.lesson[id] = { completedAt: at };
  return { snapshot, byPosition };
}

export type MigrationResult = 'current' | 'migrated' | 'newer' | 'incomplete' | 'scenarios-pending';

/** Stored scenario answers still in the by-position form, by storage key. */
function answersByPosition(kv: KeyValueStore): [string, string, unknown][] {
  return kv.keys().flatMap((key): [string, string, unknown][] => {
    if (parseRecordKey(key)?.kind !== 'scenario') return [];
    try {
      const value: unknown = JSON.parse(kv.get(key)!);
      return v.is(scenarioByPosition, value) ? [[key, parseRecordKey(key)!.id, value]] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Brings stored progress up to the current schema, once. Safe to run on every load and to re-run after an
 * interruption: records already in the current format are never overwritten, version 1 data is removed only after
 * everything it held has been written, and whatever cannot be migrated is kept aside, not deleted.
 *
 * Scenario answers stored by position need the table of what each old position means, which only old data needs:
 * when there are any, this stops at version 2 and says 'scenarios-pending', and `migrateScenarioAnswers` finishes
 * once that table has loaded, so no page carries it otherwise.
 */
export function migrateStorage(kv: KeyValueStore, now = new Date().toISOString()): MigrationResult {
  const version = Number(kv.get(VERSION_KEY) ?? 0);
  if (version > SCHEMA_VERSION) return 'newer';
  if (version === SCHEMA_VERSION) return 'current';

  // Version 1: one blob.
  const legacy = kv.get(V1_KEY);
  if (legacy !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(legacy);
    } catch {
      parsed = undefined;
    }
    if (isProgressV1(parsed)) {
      const { snapshot, byPosition } = migrateV1(parsed, now);
      const entries = [
        ...snapshotEntries(snapshot),
        ...Object.entries(byPosition).map(([id, answer]): [string, string] => [
          recordKey('scenario', id),
          JSON.stringify(answer),
        ]),
      ];
      for (const [key, value] of entries) {
        if (kv.get(key) === undefined && !kv.set(key, value)) return 'incomplete';
      }
    } else if (kv.get(ASIDE_PREFIX + V1_KEY) === undefined && !kv.set(ASIDE_PREFIX + V1_KEY, legacy)) {
      return 'incomplete';
    }
  }

  const pending = answersByPosition(kv).length > 0;
  if (!kv.set(VERSION_KEY, pending ? '2' : String(SCHEMA_VERSION))) return 'incomplete';
  if (legacy !== undefined) kv.remove(V1_KEY);
  if (pending) return 'scenarios-pending';
  return legacy === undefined && version === 0 ? 'current' : 'migrated';
}

/**
 * The last step to version 3: scenario answers stored by position become answers by option id. One whose option has
 * no counterpart today is kept aside (and stays where it was, unreadable), so nothing is lost.
 */
export function migrateScenarioAnswers(kv: KeyValueStore, legacy: LegacyScenarioOptions): MigrationResult {
  if (Number(kv.get(VERSION_KEY) ?? 0) !== 2) return Number(kv.get(VERSION_KEY)) > SCHEMA_VERSION ? 'newer' : 'current';
  for (const [key, id, value] of answersByPosition(kv)) {
    const answer = scenarioAnswerById(id, value, legacy);
    const saved = answer
      ? kv.set(key, JSON.stringify(answer))
      : kv.get(ASIDE_PREFIX + key) !== undefined || kv.set(ASIDE_PREFIX + key, kv.get(key)!);
    if (!saved) return 'incomplete';
  }
  return kv.set(VERSION_KEY, String(SCHEMA_VERSION)) ? 'migrated' : 'incomplete';
}
