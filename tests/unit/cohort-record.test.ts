import { describe, expect, it } from 'vitest';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { MAX_COHORT_LINKS, SCHEMA_VERSION, isRecord } from '../../src/progress/records.ts';
import { readImportFile } from '../../src/progress/import-file.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const COHORT = 'current';
const KEY = `fbe:cohort:${COHORT}`;
const LINKS = ['https://example.invalid/shared/#1.p.12.abc.def', '1.e.40.abc.salt.iv.data'];

const start = (entries: Record<string, string> = {}) => {
  const storage = new MemoryStorage();
  storage.setItem('fbe:version', String(SCHEMA_VERSION));
  for (const [k, v] of Object.entries(entries)) storage.setItem(k, v);
  return { storage, progress: createProgress(createStorageEngine(() => storage)) };
};

describe('the kept cohort record', () => {
  it('holds the links and when they were kept, and refuses anything else', () => {
    expect(MAX_COHORT_LINKS).toBe(500);
    const at = '2026-11-25T10:00:00.000Z';
    expect(isRecord('cohort', { links: LINKS, keptAt: at })).toBe(true);
    expect(isRecord('cohort', { links: [], keptAt: at })).toBe(true);
    expect(isRecord('cohort', { links: Array<string>(MAX_COHORT_LINKS).fill('a'), keptAt: at })).toBe(true);
    for (const bad of [
      { links: LINKS },
      { links: LINKS, keptAt: 'yesterday' },
      { links: 'one link', keptAt: at },
      { links: [42], keptAt: at },
      { links: ['x'.repeat(80_000)], keptAt: at },
      { links: Array<string>(MAX_COHORT_LINKS + 1).fill('a'), keptAt: at },
      // Never the passphrase: the record has no place for one.
      { links: LINKS, keptAt: at, passphrase: 'north star' },
    ]) {
      expect(isRecord('cohort', bad)).toBe(false);
    }
  });

  it('is kept, read back and forgotten through the progress object, leaving the learner’s own records alone', () => {
    const own = { 'fbe:reflection:why-now': '{"text":"mine","savedAt":"2026-11-24T10:00:00.000Z"}' };
    const { storage, progress } = start(own);
    expect(progress.recordStore('cohort', COHORT).get()).toBeUndefined();

    expect(progress.keepCohort(COHORT, LINKS)).toBe(true);
    const stored = JSON.parse(storage.getItem(KEY)!) as { links: string[]; keptAt: string };
    expect(Object.keys(stored).sort()).toEqual(['keptAt', 'links']);
    expect(stored.links).toEqual(LINKS);
    expect(Date.parse(stored.keptAt)).not.toBeNaN();
    // Another page (a reload) reads it back.
    const again = createProgress(createStorageEngine(() => storage));
    expect(again.recordStore('cohort', COHORT).get()).toMatchObject({ links: LINKS });
    expect(again.$stored.get().snapshot.cohort).toEqual({ [COHORT]: stored });

    // More links than a kept cohort holds are refused before anything is written.
    expect(() => again.keepCohort(COHORT, Array<string>(MAX_COHORT_LINKS + 1).fill('a'))).toThrow(RangeError);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(stored);

    expect(again.keepCohort(COHORT, undefined)).toBe(true);
    expect(again.recordStore('cohort', COHORT).get()).toBeUndefined();
    expect(storage.dump()).toEqual({ 'fbe:version': String(SCHEMA_VERSION), ...own });
  });

  it('says plainly when storage is full, and keeps an unreadable cohort aside before replacing or forgetting it', () => {
    const { storage, progress } = start({ [KEY]: '{"links":"damaged"' });
    expect(progress.recordStore('cohort', COHORT).get()).toMatchObject({ unreadable: true });
    expect(storage.getItem(`fbe:aside:${KEY}`)).toBe('{"links":"damaged"');

    storage.failWrites = true;
    expect(progress.keepCohort(COHORT, LINKS)).toBe(false);
    expect(progress.$health.get()).toBe('full');
    storage.failWrites = false;
    expect(progress.keepCohort(COHORT, undefined)).toBe(true);
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.getItem(`fbe:aside:${KEY}`)).toBe('{"links":"damaged"');
  });

  it('travels in the export file and imports back; files without it import as before', () => {
    const { progress } = start();
    progress.keepCohort(COHORT, LINKS);
    const file = progress.exportFile();
    expect(file.progress.cohort[COHORT]?.links).toEqual(LINKS);
    const read = readImportFile(JSON.stringify(file));
    expect(read.ok && read.progress.cohort[COHORT]?.links).toEqual(LINKS);

    const { cohort: _, ...older } = file.progress;
    const withoutCohort = readImportFile(JSON.stringify({ ...file, progress: older }));
    expect(withoutCohort.ok && withoutCohort.progress.cohort).toEqual({});
  });
});
