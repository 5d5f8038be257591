import * as v from 'valibot';
import { SCHEMA_VERSION, isId } from './records.ts';
import { ASIDE_PREFIX, VERSION_KEY } from './keys.ts';
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

/** Version 1 progress as version 2 records. Entries whose ids are not valid ids are left out. */
export function migrateV1toV2(v1: ProgressV1, now: string): Snapshot {
  const at = v1.savedAt && !Number.isNaN(Date.parse(v1.savedAt)) ? v1.savedAt : now;
  const snapshot = emptySnapshot();
  for (const [id, text] of Object.entries(v1.reflections ?? {})) if (isId(id)) snapshot.reflection[id] = { text, savedAt: at };
  for (const [id, choice] of Object.entries(v1.scenarios ?? {})) if (isId(id)) snapshot.scenario[id] = { choice, answeredAt: at };
  for (const id of v1.completed ?? []) if (isId(id)) snapshot.lesson[id] = { completedAt: at };
  return snapshot;
}

export type MigrationResult = 'current' | 'migrated' | 'newer' | 'incomplete';

/**
 * Brings stored progress up to the current schema, once. Safe to run on every load and to re-run after an
 * interruption: existing version 2 records are never overwritten, and version 1 data is removed only after
 * everything it held has been written. Unparseable version 1 data is kept aside, not deleted.
 */
export function migrateStorage(kv: KeyValueStore, now = new Date().toISOString()): MigrationResult {
  const version = Number(kv.get(VERSION_KEY) ?? 0);
  if (version > SCHEMA_VERSION) return 'newer';
  if (version === SCHEMA_VERSION) return 'current';

  const legacy = kv.get(V1_KEY);
  if (legacy !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(legacy);
    } catch {
      parsed = undefined;
    }
    if (isProgressV1(parsed)) {
      for (const [key, value] of snapshotEntries(migrateV1toV2(parsed, now))) {
        if (kv.get(key) === undefined && !kv.set(key, value)) return 'incomplete';
      }
    } else if (!kv.set(`${ASIDE_PREFIX}${V1_KEY}`, legacy)) {
      return 'incomplete';
    }
  }
  if (!kv.set(VERSION_KEY, String(SCHEMA_VERSION))) return 'incomplete';
  if (legacy !== undefined) kv.remove(V1_KEY);
  return legacy === undefined ? 'current' : 'migrated';
}
