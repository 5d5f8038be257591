import { atom, type ReadableAtom } from 'nanostores';
import { SCHEMA_VERSION } from './records.ts';
import { VERSION_KEY } from './keys.ts';

/**
 * - working: everything is saved.
 * - full: a write failed (quota or any other error); what failed is kept in memory and retried.
 * - blocked: the browser refuses storage altogether; the course runs in memory only.
 * - newer: this browser holds data from a newer version of the course; nothing is written, so nothing is lost.
 */
export type StorageHealth = 'working' | 'full' | 'blocked' | 'newer';

/** The only way the rest of the course reads and writes storage. */
export interface KeyValueStore {
  get(key: string): string | undefined;
  /** True when the value is now in storage; false when it is only held in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
}

export interface StorageEngine extends KeyValueStore {
  $health: ReadableAtom<StorageHealth>;
  /** Keys whose latest value is not yet in storage. */
  unsavedKeys(): string[];
  /** Whether the latest value of a key (or its removal) is in storage. */
  isSaved(key: string): boolean;
  /**
   * Calls `listener` after every change, made here or in another tab, with the key that changed (null: any key may
   * have changed). Returns a function that stops it.
   */
  subscribe(listener: ChangeListener): () => void;
}

type ChangeListener = (key: string | null) => void;

/**
 * Wraps localStorage so that no storage error ever reaches the course. Every value is mirrored in memory, so reads
 * never fail and an unsaved value stays on screen; `$health` tells the interface what state storage is in.
 * `openStorage` is called once and may throw (storage blocked).
 */
export function createStorageEngine(openStorage: () => Storage, events?: Pick<Window, 'addEventListener'>): StorageEngine {
  const memory = new Map<string, string>();
  const unsaved = new Set<string>();
  const $health = atom<StorageHealth>('working');
  let storage: Storage | undefined;

  /** Copies storage into memory, keeping any value not yet saved; notes data from a newer version. */
  function readAll(from: Storage) {
    const pending = new Map([...unsaved].map((key) => [key, memory.get(key)]));
    memory.clear();
    for (let i = 0; i < from.length; i++) {
      const key = from.key(i);
      if (key !== null) memory.set(key, from.getItem(key) ?? '');
    }
    for (const [key, value] of pending) {
      if (value === undefined) memory.delete(key);
      else memory.set(key, value);
    }
    if (Number(memory.get(VERSION_KEY) ?? 0) > SCHEMA_VERSION) $health.set('newer');
  }

  try {
    storage = openStorage();
    readAll(storage);
  } catch {
    storage = undefined;
    memory.clear();
    $health.set('blocked');
  }

  const canWrite = () => storage !== undefined && $health.get() !== 'newer' && $health.get() !== 'blocked';

  function persist(key: string): boolean {
    if (!canWrite()) {
      // Held in memory only: blocked storage, or data from a newer version that this page must not overwrite.
      unsaved.add(key);
      return false;
    }
    try {
      const value = memory.get(key);
      if (value === undefined) storage!.removeItem(key);
      else storage!.setItem(key, value);
      unsaved.delete(key);
      return true;
    } catch {
      // Browsers name the quota error differently, and some throw other errors: any failure means "not saved".
      unsaved.add(key);
      $health.set('full');
      return false;
    }
  }

  /** After a successful write, space may have been freed: try what failed before. */
  function retryUnsaved() {
    for (const key of [...unsaved]) if (!persist(key)) return;
    if ($health.get() === 'full') $health.set('working');
  }

  function set(key: string, value: string): boolean {
    const unchanged = memory.get(key) === value && !unsaved.has(key);
    memory.set(key, value);
    if (unchanged) return canWrite();
    const saved = persist(key);
    if (saved) retryUnsaved();
    notify(key);
    return saved;
  }

  function remove(key: string) {
    if (!memory.has(key) && !unsaved.has(key)) return;
    memory.delete(key);
    if (persist(key)) retryUnsaved();
    notify(key);
  }

  const listeners = new Set<ChangeListener>();
  const notify = (key: string | null) => {
    for (const listener of listeners) listener(key);
  };

  events?.addEventListener('storage', (event: StorageEvent) => {
    if (storage === undefined || event.storageArea !== storage) return;
    if (event.key === null) memory.clear();
    else if (event.newValue === null) memory.delete(event.key);
    else memory.set(event.key, event.newValue);
    if (event.key === VERSION_KEY && Number(event.newValue) > SCHEMA_VERSION) $health.set('newer');
    notify(event.key);
  });
  // A page restored from the back/forward cache missed the storage events of its time away: read everything again.
  events?.addEventListener('pageshow', (event: PageTransitionEvent) => {
    if (!event.persisted || !storage) return;
    readAll(storage);
    notify(null);
  });

  return {
    $health,
    get: (key) => memory.get(key),
    set,
    remove,
    keys: () => [...memory.keys()],
    unsavedKeys: () => [...unsaved],
    isSaved: (key) => canWrite() && !unsaved.has(key),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
