import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import {
  decodeRecord,
  encodeRecord,
  isId,
  isUnreadable,
  RECORD_KINDS,
  MAX_AUDIT_ENTRIES,
  type Attempt,
  type AuditEntry,
  type AuditRecord,
  type Commitment,
  type LessonRecord,
  type RecordKind,
  type RecordKinds,
  type Unreadable,
} from './records.ts';
import { ASIDE_PREFIX, BACKUP_KEY, LEARNER_KEY, PREFIX, VERSION_KEY, keyGroup, recordKey, type KeyGroup } from './keys.ts';
import { buildExportFile, type ExportFile } from './export-file.ts';
import { migrateScenarioAnswers, migrateStorage } from './migrations.ts';
import { readStoredProgress, snapshotEntries, type Snapshot, type StoredProgress } from './snapshot.ts';
import type { StorageEngine } from './storage-engine.ts';

export type Stored<K extends RecordKind> = RecordKinds[K] | Unreadable | undefined;

/**
 * The learner's progress: nanostores over the project's storage engine. There is one write path: every change,
 * whether an island's save, an import, a deletion or another tab's save, goes into the engine, and the stores follow
 * from what the engine reports. No store is ever set by hand.
 */
/** A copy of `entries` with `key` set to `value`, or without `key` when `value` is undefined. */
function withEntry<T>(entries: Record<string, T>, key: string, value: T | undefined): Record<string, T> {
  const { [key]: _, ...others } = entries;
  return value === undefined ? others : { ...others, [key]: value };
}

export function createProgress(engine: StorageEngine) {
  const migration = migrateStorage(engine);

  /** The raw value of each key some store depends on, kept in step with the engine. */
  const rawStores = new Map<string, WritableAtom<string | undefined>>();
  /** A counter per group of keys (each record kind, kept-aside values, other), moved on by every change in it. */
  const groups = Object.fromEntries([...RECORD_KINDS, 'aside', 'other'].map((group) => [group, atom(0)])) as Record<
    KeyGroup,
    WritableAtom<number>
  >;

  engine.subscribe((key) => {
    if (key === null) {
      for (const [k, store] of rawStores) store.set(engine.get(k));
      for (const group of Object.values(groups)) group.set(group.get() + 1);
      return;
    }
    rawStores.get(key)?.set(engine.get(key));
    const group = groups[keyGroup(key)];
    group.set(group.get() + 1);
  });

  function rawStore(key: string): WritableAtom<string | undefined> {
    let store = rawStores.get(key);
    if (!store) rawStores.set(key, (store = atom(engine.get(key))));
    return store;
  }

  const recordStores = new Map<string, ReadableAtom<unknown>>();
  /** The store of one record, shared by every island that shows it. */
  function recordStore<K extends RecordKind>(kind: K, id: string): ReadableAtom<Stored<K>> {
    const key = recordKey(kind, id);
    let store = recordStores.get(key);
    if (!store) {
      store = computed(rawStore(key), (raw) => (raw === undefined ? undefined : decodeRecord(kind, raw)));
      recordStores.set(key, store);
    }
    return store as ReadableAtom<Stored<K>>;
  }

  /** Every record of one kind, by id; recomputed only when a record of that kind changes. */
  const recordsOf = <K extends RecordKind>(kind: K): ReadableAtom<Record<string, RecordKinds[K] | Unreadable>> =>
    computed(groups[kind], () => {
      const records: Record<string, RecordKinds[K] | Unreadable> = {};
      const prefix = recordKey(kind, '');
      for (const key of engine.keys()) {
        const id = key.slice(prefix.length);
        // An id that is not an id (`__proto__`, say) is kept aside at start; it must never become a property here.
        if (key.startsWith(prefix) && isId(id)) records[id] = decodeRecord(kind, engine.get(key)!);
      }
      return records;
    });

  const $lessons = recordsOf('lesson');
  /** Ids of completed lessons. */
  const $completed = computed($lessons, (lessons) => {
    const done = new Set<string>();
    for (const [id, record] of Object.entries(lessons)) if (!isUnreadable(record) && record.completedAt) done.add(id);
    return done;
  });
  /** How many unreadable values are kept aside: the banner and My progress tell the learner. */
  const $asideCount = computed(groups.aside, () => engine.keys().filter((k) => keyGroup(k) === 'aside').length);
  /** Everything stored, validated, plus what could not be read: what My progress shows. */
  const $stored: ReadableAtom<StoredProgress> = computed(Object.values(groups), () => readStoredProgress(engine));

  /** Copies an unreadable value aside before anything may replace it. */
  function keepAside(key: string, raw: string) {
    const asideKey = ASIDE_PREFIX + key;
    if (engine.get(asideKey) === undefined) engine.set(asideKey, raw);
  }

  /** Writes a record (or removes it); returns whether it reached storage (false: held in memory only). */
  function writeRecord<K extends RecordKind>(kind: K, id: string, value: RecordKinds[K] | undefined): boolean {
    const key = recordKey(kind, id);
    const current = recordStore(kind, id).get();
    if (isUnreadable(current)) keepAside(key, current.raw);
    if (value === undefined) engine.remove(key);
    else engine.set(key, encodeRecord(kind, value));
    return engine.isSaved(key);
  }

  /** Copies anything unreadable aside at once, so the learner can always get it back. */
  const keepUnreadableAside = () => {
    for (const [key, raw] of Object.entries(readStoredProgress(engine).unreadable)) {
      if (keyGroup(key) !== 'aside') keepAside(key, raw);
    }
  };
  // Old scenario answers wait for the table of what their positions mean; it loads only for data that needs it.
  // Until then they are not unreadable, only not yet migrated: the stores update when they are.
  let migrated: Promise<void>;
  if (migration === 'scenarios-pending') {
    migrated = import('./legacy-scenario-options.ts').then(({ LEGACY_SCENARIO_OPTIONS }) => {
      migrateScenarioAnswers(engine, LEGACY_SCENARIO_OPTIONS);
      keepUnreadableAside();
    });
  } else {
    keepUnreadableAside();
    migrated = Promise.resolve();
  }

  const now = () => new Date().toISOString();
  const current = <K extends RecordKind>(kind: K, id: string): RecordKinds[K] | undefined => {
    const stored = recordStore(kind, id).get();
    return isUnreadable(stored) ? undefined : stored;
  };
  const lessonRecord = (id: string): LessonRecord => current('lesson', id) ?? {};

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
      for (const key of engine.keys())
        if (RECORD_KINDS.includes(keyGroup(key) as RecordKind) && !keep.has(key)) engine.remove(key);
      return ok && engine.unsavedKeys().length === 0;
    };
    const ok = apply(next);
    if (!ok) apply(previous);
    return ok;
  }

  return {
    /** Settles when stored data is fully migrated (at once, unless old scenario answers need their table). */
    migrated,
    $health: engine.$health,
    $lessons,
    $completed,
    $asideCount,
    $stored,
    recordStore,

    /**
     * A random id for this browser's learner, made on first use and kept: it seeds the order in which each
     * scenario's options are shown, so that order is stable for the learner. It holds no personal data.
     */
    learnerId(): string {
      const stored = engine.get(LEARNER_KEY);
      if (stored && /^[0-9a-f-]{36}$/.test(stored)) return stored;
      const id = crypto.randomUUID();
      engine.set(LEARNER_KEY, id);
      return id;
    },

    saveReflection(id: string, lesson: string, text: string) {
      return writeRecord('reflection', id, { text, savedAt: now(), lesson });
    },
    chooseScenario(id: string, lesson: string, option: string) {
      return writeRecord('scenario', id, { option, answeredAt: now(), lesson });
    },
    clearScenario(id: string) {
      return writeRecord('scenario', id, undefined);
    },
    rateDraft(exercise: string, dimension: string, level: number) {
      const draft = current('draft', exercise) ?? { ratings: {} };
      return writeRecord('draft', exercise, { ...draft, ratings: { ...draft.ratings, [dimension]: level } });
    },
    /** Keeps the learner's line of evidence for one rating in the exercise's draft (an empty line removes it). */
    noteEvidence(exercise: string, dimension: string, text: string) {
      const draft = current('draft', exercise) ?? { ratings: {} };
      const evidence = withEntry(draft.evidence ?? {}, dimension, text.trim() ? text : undefined);
      return writeRecord('draft', exercise, { ...draft, evidence });
    },
    /** Turns the exercise's draft into a completed attempt of the instrument, with its evidence. */
    completeAttempt(instrument: string, exercise: string, ratings: Attempt['ratings'], version = 1) {
      const attempts = current('attempts', instrument)?.attempts ?? [];
      const evidence = current('draft', exercise)?.evidence;
      const attempt: Attempt = { completedAt: now(), exercise, ratings, version };
      if (evidence && Object.keys(evidence).length > 0) attempt.evidence = evidence;
      const saved = writeRecord('attempts', instrument, { attempts: [...attempts, attempt] });
      // Removing the draft frees space, and the engine then retries the attempt if it was not saved.
      writeRecord('draft', exercise, undefined);
      return saved || engine.isSaved(recordKey('attempts', instrument));
    },
    /** Keeps the hours typed for one category in the audit's draft (null: the box was emptied). */
    noteAuditHours(audit: string, category: string, hours: number | null) {
      const record = current('audit', audit) ?? { entries: [] };
      const draft = { ...record.draft, hours: withEntry(record.draft?.hours ?? {}, category, hours ?? undefined) };
      return writeRecord('audit', audit, { ...record, draft });
    },
    /** Keeps the role chosen in the audit's draft. */
    chooseAuditRole(audit: string, role: string) {
      const record: AuditRecord = current('audit', audit) ?? { entries: [] };
      return writeRecord('audit', audit, { ...record, draft: { hours: {}, ...record.draft, role } });
    },
    /**
     * Adds a week to the audit's entries, keeping the draft so next week starts from this one's figures. At the limit
     * the oldest week goes, so the newest is always kept.
     */
    saveAuditWeek(audit: string, exercise: string, week: Pick<AuditEntry, 'role' | 'hours'>) {
      const record = current('audit', audit) ?? { entries: [] };
      const entry: AuditEntry = { savedAt: now(), role: week.role, hours: week.hours, exercise };
      const entries = [...record.entries, entry].slice(-MAX_AUDIT_ENTRIES);
      return writeRecord('audit', audit, { ...record, entries });
    },
    saveCommitments(id: string, lesson: string, items: Commitment[]) {
      return writeRecord('commitments', id, { items, lesson });
    },
    /**
     * Keeps a facilitator's cohort (its share links, never a passphrase) in this browser in place of any kept under
     * that id, or forgets it (undefined). Throws a RangeError for more links than a kept cohort holds.
     */
    keepCohort(id: string, links: string[] | undefined) {
      return writeRecord('cohort', id, links && { links, keptAt: now() });
    },
    setLessonComplete(lesson: string, complete: boolean) {
      const { completedAt: _, ...rest } = lessonRecord(lesson);
      return writeRecord('lesson', lesson, complete ? { ...rest, completedAt: now() } : rest);
    },
    markVisited(lesson: string) {
      writeRecord('lesson', lesson, { ...lessonRecord(lesson), visitedAt: now() });
    },

    /** The export file of everything stored, including anything that could not be read. */
    exportFile(): ExportFile {
      const { snapshot, unreadable } = readStoredProgress(engine);
      return buildExportFile(snapshot, unreadable);
    },

    /** The values kept aside because they could not be read, raw, by storage key. */
    keptAside(): Record<string, string> {
      return Object.fromEntries(engine.keys().flatMap((key) => (keyGroup(key) === 'aside' ? [[key, engine.get(key)!]] : [])));
    },

    /**
     * Applies a checked import in place of everything stored, all at once, after keeping a backup of what it
     * replaces (in storage when there is room, and returned for download). Values the file kept aside stay aside.
     */
    applyImport(incoming: Snapshot, unreadable: Record<string, string>): { ok: boolean; backup: ExportFile } {
      const stored = readStoredProgress(engine);
      const backup = buildExportFile(stored.snapshot, stored.unreadable);
      engine.set(BACKUP_KEY, JSON.stringify(backup));
      const ok = replaceAll(incoming, stored.snapshot);
      if (ok) {
        for (const [key, raw] of Object.entries(unreadable)) {
          keepAside(key.startsWith(ASIDE_PREFIX) ? key.slice(ASIDE_PREFIX.length) : key, raw);
        }
      }
      return { ok, backup };
    },

    /** Whether anything written on this page is held in memory only (storage full, blocked, or newer data). */
    hasUnsaved(): boolean {
      return engine.unsavedKeys().length > 0;
    },

    /** Deletes every record, kept-aside value and backup this site stored; false if storage refused a removal. */
    deleteAll(): boolean {
      for (const key of engine.keys()) if (key.startsWith(PREFIX) && key !== VERSION_KEY) engine.remove(key);
      return engine.unsavedKeys().length === 0;
    },
  };
}
