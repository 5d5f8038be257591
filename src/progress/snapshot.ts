import { RECORD_KINDS, decodeRecord, isId, isUnreadable, type RecordKind, type RecordKinds } from './records.ts';
import { ASIDE_PREFIX, parseRecordKey, recordKey } from './keys.ts';
import type { KeyValueStore } from './storage-engine.ts';

/** All of a learner's records, by kind and id: what is exported, imported and shown on My progress. */
export type Snapshot = { [K in RecordKind]: Record<string, RecordKinds[K]> };

/** A snapshot with no records, one empty section for every kind of record (a new kind needs no change here). */
export function emptySnapshot(): Snapshot {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, {}])) as Snapshot;
}

export interface StoredProgress {
  snapshot: Snapshot;
  /** Stored values that could not be read, by storage key, raw text as found (including those kept aside). */
  unreadable: Record<string, string>;
}

/** Reads every record in storage, validating each; what fails validation is reported, never dropped. */
export function readStoredProgress(kv: KeyValueStore): StoredProgress {
  const snapshot = emptySnapshot();
  const unreadable: Record<string, string> = {};
  for (const key of kv.keys()) {
    const raw = kv.get(key);
    if (raw === undefined) continue;
    if (key.startsWith(ASIDE_PREFIX)) {
      unreadable[key] = raw;
      continue;
    }
    const parsed = parseRecordKey(key);
    if (!parsed) continue;
    const value = decodeRecord(parsed.kind, raw);
    if (isUnreadable(value) || !isId(parsed.id)) unreadable[key] = raw;
    else (snapshot[parsed.kind] as Record<string, unknown>)[parsed.id] = value;
  }
  return { snapshot, unreadable };
}

/** Every record of a snapshot as the storage key and value it is saved under. */
export function snapshotEntries(snapshot: Snapshot): [string, string][] {
  return RECORD_KINDS.flatMap((kind) =>
    Object.entries(snapshot[kind]).map(([id, value]): [string, string] => [recordKey(kind, id), JSON.stringify(value)]),
  );
}
