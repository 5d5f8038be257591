import * as v from 'valibot';
import { SCHEMA_VERSION, isId, isRecord, type ScenarioRecord } from './records.ts';
import { LEGACY_SCENARIO_OPTIONS } from './legacy-scenario-options.ts';
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

/**
 * A scenario answer stored by position, as the option id it meant; undefined when the value is not such an answer
 * or that option has no counterpart today (the caller keeps the value aside, so nothing is lost).
 */
export function scenarioAnswerById(scenario: string, value: unknown): ScenarioRecord | undefined {
  if (!isId(scenario) || !v.is(scenarioByPosition, value) || !Object.hasOwn(LEGACY_SCENARIO_OPTIONS, scenario)) return undefined;
  const option = LEGACY_SCENARIO_OPTIONS[scenario]![value.choice];
  if (!option) return undefined;
  const record: ScenarioRecord = { option, answeredAt: value.answeredAt };
  if (value.lesson !== undefined && isId(value.lesson)) record.lesson = value.lesson;
  return isRecord('scenario', record) ? record : undefined;
}

/**
 * Version 1 progress as records of the current version. Entries whose ids are not valid ids, and answers whose
 * option has no counterpart today, are returned separately as raw values to keep aside.
 */
export function migrateV1(v1: ProgressV1, now: string): { snapshot: Snapshot; aside: Record<string, string> } {
  const at = v1.savedAt && !Number.isNaN(Date.parse(v1.savedAt)) ? v1.savedAt : now;
  const snapshot = emptySnapshot();
  const aside: Record<string, string> = {};
  for (const [id, text] of Object.entries(v1.reflections ?? {})) if (isId(id)) snapshot.reflection[id] = { text, savedAt: at };
  for (const [id, choice] of Object.entries(v1.scenarios ?? {})) {
    if (!isId(id)) continue;
    const answer = scenarioAnswerById(id, { choice, answeredAt: at });
    if (answer) snapshot.scenario[id] = answer;
    else aside[recordKey('scenario', id)] = JSON.stringify({ choice, answeredAt: at });
  }
  for (const id of v1.completed ?? []) if (isId(id)) snapshot.lesson[id] = { completedAt: at };
  return { snapshot, aside };
}

export type MigrationResult = 'current' | 'migrated' | 'newer' | 'incomplete';

/**
 * Brings stored progress up to the current schema, once. Safe to run on every load and to re-run after an
 * interruption: records already in the current format are never overwritten, version 1 data is removed only after
 * everything it held has been written, and whatever cannot be migrated is kept aside, not deleted.
 */
export function migrateStorage(kv: KeyValueStore, now = new Date().toISOString()): MigrationResult {
  const version = Number(kv.get(VERSION_KEY) ?? 0);
  if (version > SCHEMA_VERSION) return 'newer';
  if (version === SCHEMA_VERSION) return 'current';
  const keepAside = (key: string, raw: string) => kv.get(ASIDE_PREFIX + key) !== undefined || kv.set(ASIDE_PREFIX + key, raw);

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
      const { snapshot, aside } = migrateV1(parsed, now);
      for (const [key, value] of snapshotEntries(snapshot)) {
        if (kv.get(key) === undefined && !kv.set(key, value)) return 'incomplete';
      }
      for (const [key, raw] of Object.entries(aside)) if (!keepAside(key, raw)) return 'incomplete';
    } else if (!keepAside(V1_KEY, legacy)) {
      return 'incomplete';
    }
  }

  // Version 2: scenario answers by position. One that cannot be mapped stays as it is and is kept aside on load.
  let changed = legacy !== undefined;
  for (const key of kv.keys()) {
    const record = parseRecordKey(key);
    if (record?.kind !== 'scenario') continue;
    let value: unknown;
    try {
      value = JSON.parse(kv.get(key)!);
    } catch {
      continue;
    }
    const answer = scenarioAnswerById(record.id, value);
    if (!answer) continue;
    if (!kv.set(key, JSON.stringify(answer))) return 'incomplete';
    changed = true;
  }

  if (!kv.set(VERSION_KEY, String(SCHEMA_VERSION))) return 'incomplete';
  if (legacy !== undefined) kv.remove(V1_KEY);
  return changed ? 'migrated' : 'current';
}
