import { atom, computed, type MapStore, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom, persistentMap, setPersistentEngine } from '@nanostores/persistent';
import {
  decodeRecord,
  encodeRecord,
  isUnreadable,
  type Attempt,
  type Commitment,
  type LessonRecord,
  type RecordKind,
  type RecordKinds,
  type Unreadable,
} from './records.ts';
import { ASIDE_PREFIX, BACKUP_KEY, PREFIX, VERSION_KEY, parseRecordKey, recordKey } from './keys.ts';
import { buildExportFile, type ExportFile } from './export-file.ts';
import { migrateStorage } from './migrations.ts';
import { readStoredProgress, snapshotEntries, type Snapshot } from './snapshot.ts';
import type { StorageEngine } from './storage-engine.ts';

export type Stored<K extends RecordKind> = RecordKinds[K] | Unreadable | undefined;

/**
 * The learner's progress: nanostores over the project's storage engine. Islands read these stores and call these
 * functions; nothing else touches storage.
 */
export function createProgress(engine: StorageEngine) {
  setPersistentEngine(engine.persistentStorage, engine.persistentEvents);
  migrateStorage(engine);

  const stores = new Map<string, WritableAtom<unknown>>();
  /** The store of one record, shared by every island that shows it. */
  function recordStore<K extends RecordKind>(kind: K, id: string): WritableAtom<Stored<K>> {
    const key = recordKey(kind, id);
    let store = stores.get(key);
    if (!store) {
      store = persistentAtom<Stored<K>>(key, undefined, {
        encode: (value) => (value === undefined ? undefined : encodeRecord(value)) as string,
        decode: (raw) => decodeRecord(kind, raw),
      }) as WritableAtom<unknown>;
      stores.set(key, store);
    }
    return store as WritableAtom<Stored<K>>;
  }

  /** How many unreadable values are kept aside: the banner and My progress tell the learner. */
  const countAside = () => engine.keys().filter((k) => k.startsWith(ASIDE_PREFIX)).length;
  const $asideCount = atom(0);

  /** Copies an unreadable value aside before anything may replace it. */
  function keepAside(key: string, raw: string) {
    const asideKey = ASIDE_PREFIX + key;
    if (engine.get(asideKey) === undefined) engine.set(asideKey, raw);
    $asideCount.set(countAside());
  }

  /** Writes a record; returns whether it reached storage (false: held in memory only). */
  function writeRecord<K extends RecordKind>(kind: K, id: string, value: RecordKinds[K] | undefined): boolean {
    const store = recordStore(kind, id);
    const current = store.get();
    if (isUnreadable(current)) keepAside(recordKey(kind, id), current.raw);
    store.set(value);
    return engine.isSaved(recordKey(kind, id));
  }

  // Anything unreadable found at start is copied aside at once, so the learner can always get it back.
  for (const [key, raw] of Object.entries(readStoredProgress(engine).unreadable)) {
    if (!key.startsWith(ASIDE_PREFIX)) keepAside(key, raw);
  }

  const $lessons: MapStore<Record<string, LessonRecord | Unreadable>> = persistentMap<Record<string, LessonRecord | Unreadable>>(
    `${PREFIX}lesson:`,
    {},
    { encode: encodeRecord, decode: (raw) => decodeRecord('lesson', raw) },
  );
  /** Ids of completed lessons. */
  const $completed: ReadableAtom<Set<string>> = computed($lessons, (lessons) => {
    const done = new Set<string>();
    for (const [id, record] of Object.entries(lessons)) if (record && !isUnreadable(record) && record.completedAt) done.add(id);
    return done;
  });
  $asideCount.set(countAside());

  const now = () => new Date().toISOString();
  const lessonRecord = (id: string): LessonRecord => {
    const record = $lessons.get()[id];
    return record && !isUnreadable(record) ? record : {};
  };

  return {
    $health: engine.$health,
    $lessons,
    $completed,
    $asideCount,
    recordStore,

    saveReflection(id: string, lesson: string, text: string) {
      return writeRecord('reflection', id, { text, savedAt: now(), lesson });
    },
    chooseScenario(id: string, lesson: string, choice: number) {
      return writeRecord('scenario', id, { choice, answeredAt: now(), lesson });
    },
    clearScenario(id: string) {
      return writeRecord('scenario', id, undefined);
    },
    rateDraft(exercise: string, dimension: string, level: number) {
      const draft = recordStore('draft', exercise).get();
      const ratings = draft && !isUnreadable(draft) ? draft.ratings : {};
      return writeRecord('draft', exercise, { ratings: { ...ratings, [dimension]: level } });
    },
    /** Turns the exercise's draft into a completed attempt of the instrument. */
    completeAttempt(instrument: string, exercise: string, ratings: Attempt['ratings']) {
      const stored = recordStore('attempts', instrument).get();
      const attempts = stored && !isUnreadable(stored) ? stored.attempts : [];
      const saved = writeRecord('attempts', instrument, { attempts: [...attempts, { completedAt: now(), exercise, ratings }] });
      // Removing the draft frees space, and the engine then retries the attempt if it was not saved.
      writeRecord('draft', exercise, undefined);
      return saved || engine.isSaved(recordKey('attempts', instrument));
    },
    saveCommitments(id: string, lesson: string, items: Commitment[]) {
      return writeRecord('commitments', id, { items, lesson });
    },
    setLessonComplete(lesson: string, complete: boolean) {
      const { completedAt: _, ...rest } = lessonRecord(lesson);
      $lessons.setKey(lesson, complete ? { ...rest, completedAt: now() } : rest);
      return engine.isSaved(recordKey('lesson', lesson));
    },
    markVisited(lesson: string) {
      $lessons.setKey(lesson, { ...lessonRecord(lesson), visitedAt: now() });
    },

    /** Everything stored, validated, plus what could not be read. */
    read: () => readStoredProgress(engine),

    replaceAll,

    /**
     * Applies a checked import in place of everything stored, all at once, after keeping a backup of what it
     * replaces (in storage when there is room, and returned for download). Values the file kept aside stay aside.
     */
    applyImport(incoming: Snapshot, unreadable: Record<string, string>): { ok: boolean; backup: ExportFile } {
      const current = readStoredProgress(engine);
      const backup = buildExportFile(current.snapshot, current.unreadable);
      engine.set(BACKUP_KEY, JSON.stringify(backup));
      const ok = replaceAll(incoming, current.snapshot);
      if (ok)
        for (const [key, raw] of Object.entries(unreadable))
          keepAside(key.startsWith(ASIDE_PREFIX) ? key.slice(ASIDE_PREFIX.length) : key, raw);
      return { ok, backup };
    },

    /** Deletes every record, kept-aside value and backup this site stored; false if storage refused a removal. */
    deleteAll(): boolean {
      for (const key of engine.keys()) if (key.startsWith(PREFIX) && key !== VERSION_KEY) engine.remove(key);
      refreshStores();
      return engine.unsavedKeys().length === 0;
    },
  };

  /**
   * Replaces all progress with a snapshot, all at once: if any record cannot be written, everything written
   * is rolled back to `previous` and false is returned.
   */
  function replaceAll(next: Snapshot, previous: Snapshot): boolean {
    const apply = (snapshot: Snapshot) => {
      let ok = true;
      const keep = new Set<string>();
      for (const [key, value] of snapshotEntries(snapshot)) {
        keep.add(key);
        ok = engine.set(key, value) && ok;
      }
      for (const key of engine.keys()) if (parseRecordKey(key) && !keep.has(key)) engine.remove(key);
      return ok && engine.unsavedKeys().length === 0;
    };
    const ok = apply(next);
    if (!ok) apply(previous);
    refreshStores();
    return ok;
  }

  /** After bulk changes, stores re-read storage (the same path a change from another tab takes). */
  function refreshStores() {
    for (const [key, store] of stores) {
      const raw = engine.get(key);
      store.set(raw === undefined ? undefined : decodeRecord(parseRecordKey(key)!.kind, raw));
    }
    const lessons: Record<string, LessonRecord | Unreadable> = {};
    const prefix = `${PREFIX}lesson:`;
    for (const key of engine.keys())
      if (key.startsWith(prefix)) lessons[key.slice(prefix.length)] = decodeRecord('lesson', engine.get(key)!);
    $lessons.set(lessons);
    $asideCount.set(countAside());
  }
}

export type Progress = ReturnType<typeof createProgress>;
