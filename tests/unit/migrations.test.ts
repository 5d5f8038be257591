import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { migrateScenarioAnswers, migrateStorage, migrateV1, isProgressV1, V1_KEY } from '../../src/progress/migrations.ts';
import { LEGACY_SCENARIO_OPTIONS } from '../../src/progress/legacy-scenario-options.ts';
import type { KeyValueStore } from '../../src/progress/storage-engine.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { createProgress } from '../../src/progress/progress.ts';

/** Both steps, as a page runs them: the second once the table of old positions has loaded. */
function migrateFully(kv: KeyValueStore, now?: string) {
  const first = migrateStorage(kv, now);
  return first === 'scenarios-pending' ? migrateScenarioAnswers(kv, LEGACY_SCENARIO_OPTIONS) : first;
}

const fixture = (): MemoryStorage => {
  const storage = new MemoryStorage();
  const saved = JSON.parse(readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
  for (const [k, v] of Object.entries(saved)) storage.setItem(k, v);
  return storage;
};

describe('migration from version 1', () => {
  it('turns the single version 1 value into one record per key and removes the old value', () => {
    const storage = fixture();
    const engine = createStorageEngine(() => storage);
    expect(migrateStorage(engine, '2026-11-24T00:00:00.000Z')).toBe('scenarios-pending');
    expect(storage.getItem('fbe:version')).toBe('2');
    expect(migrateScenarioAnswers(engine, LEGACY_SCENARIO_OPTIONS)).toBe('migrated');
    expect(storage.dump()).toEqual({
      'fbe:theme': 'dark',
      'fbe:version': '3',
      'fbe:reflection:start-here-why-now': '{"text":"I kept fixing the build myself.","savedAt":"2026-03-02T09:30:00.000Z"}',
      'fbe:reflection:from-output-to-leverage-week-audit':
        '{"text":"Mostly code reviews <b>and</b> meetings.","savedAt":"2026-03-02T09:30:00.000Z"}',
      // Stored by position 2 in version 1: the option at that position then is this one now.
      'fbe:scenario:prevent-dont-just-solve-sev1':
        '{"option":"impact-and-blameless-review","answeredAt":"2026-03-02T09:30:00.000Z"}',
      'fbe:lesson:start-here': '{"completedAt":"2026-03-02T09:30:00.000Z"}',
      'fbe:lesson:from-output-to-leverage': '{"completedAt":"2026-03-02T09:30:00.000Z"}',
    });
  });

  it('is idempotent: a second run changes nothing', () => {
    const storage = fixture();
    migrateFully(createStorageEngine(() => storage));
    const after = storage.dump();
    expect(migrateFully(createStorageEngine(() => storage))).toBe('current');
    expect(storage.dump()).toEqual(after);
  });

  it('never overwrites a version 2 record that already exists', () => {
    const storage = fixture();
    storage.setItem('fbe:reflection:start-here-why-now', '{"text":"newer text","savedAt":"2026-11-01T00:00:00.000Z"}');
    migrateStorage(createStorageEngine(() => storage));
    expect(storage.getItem('fbe:reflection:start-here-why-now')).toBe(
      '{"text":"newer text","savedAt":"2026-11-01T00:00:00.000Z"}',
    );
  });

  it('finishes on a later load when storage fills up half way, keeping the old data until then', () => {
    const storage = fixture();
    storage.quota = JSON.stringify(storage.dump()).length + 120;
    expect(migrateStorage(createStorageEngine(() => storage))).toBe('incomplete');
    expect(storage.getItem(V1_KEY)).not.toBeNull();
    expect(storage.getItem('fbe:version')).toBeNull();
    storage.quota = Infinity;
    expect(migrateFully(createStorageEngine(() => storage))).toBe('migrated');
    expect(storage.getItem(V1_KEY)).toBeNull();
    expect(Object.keys(storage.dump()).filter((k) => k.startsWith('fbe:reflection:'))).toHaveLength(2);
  });

  it('keeps unreadable version 1 data aside instead of deleting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(V1_KEY, '{"version":1,"reflections":');
    expect(migrateFully(createStorageEngine(() => storage))).toBe('migrated');
    expect(storage.getItem(`fbe:aside:${V1_KEY}`)).toBe('{"version":1,"reflections":');
  });

  it('leaves data from a newer version untouched', () => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '7');
    storage.setItem(V1_KEY, '{"version":1}');
    expect(migrateStorage(createStorageEngine(() => storage))).toBe('newer');
    expect(storage.dump()).toEqual({ 'fbe:version': '7', [V1_KEY]: '{"version":1}' });
  });

  it('drops entries whose ids could reach a prototype', () => {
    const v1: unknown = JSON.parse(
      '{"version":1,"reflections":{"__proto__":"x","constructor":"y","ok-id":"z"},"completed":["toString"]}',
    );
    if (!isProgressV1(v1)) throw new Error('expected version 1 progress');
    const { snapshot } = migrateV1(v1, '2026-11-24T00:00:00.000Z');
    expect(Object.keys(snapshot.reflection)).toEqual(['ok-id']);
    expect(snapshot.lesson).toEqual({});
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('migration from version 2: scenario answers by position become answers by option id', () => {
  const v2 = (entries: Record<string, string>) => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '2');
    for (const [k, v] of Object.entries(entries)) storage.setItem(k, v);
    return storage;
  };

  it('maps each answer to the option at its old position, once, and leaves other records alone', () => {
    const reflection = '{"text":"kept","savedAt":"2026-11-24T10:00:00.000Z"}';
    const storage = v2({
      'fbe:scenario:start-here-the-weekend-fix': '{"choice":1,"answeredAt":"2026-11-24T10:00:00.000Z","lesson":"start-here"}',
      'fbe:reflection:start-here-why-now': reflection,
    });
    expect(migrateFully(createStorageEngine(() => storage))).toBe('migrated');
    expect(storage.dump()).toEqual({
      'fbe:version': '3',
      'fbe:scenario:start-here-the-weekend-fix':
        '{"option":"pair-on-the-riskiest-parts","answeredAt":"2026-11-24T10:00:00.000Z","lesson":"start-here"}',
      'fbe:reflection:start-here-why-now': reflection,
    });
    const after = storage.dump();
    expect(migrateFully(createStorageEngine(() => storage))).toBe('current');
    expect(storage.dump()).toEqual(after);
  });

  it('keeps an answer whose option has no counterpart today aside, as it was', () => {
    const raw = '{"choice":3,"answeredAt":"2026-11-24T10:00:00.000Z"}';
    const storage = v2({ 'fbe:scenario:start-here-the-weekend-fix': raw, 'fbe:scenario:a-scenario-since-removed': raw });
    migrateFully(createStorageEngine(() => storage));
    expect(storage.getItem('fbe:scenario:start-here-the-weekend-fix')).toBe(raw);
    expect(storage.getItem('fbe:aside:fbe:scenario:start-here-the-weekend-fix')).toBe(raw);
    expect(storage.getItem('fbe:aside:fbe:scenario:a-scenario-since-removed')).toBe(raw);
    expect(storage.getItem('fbe:version')).toBe('3');
  });
});

describe('a page with old scenario answers', () => {
  it('loads the table of old positions only for them, then its stores show the migrated answer', async () => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '2');
    storage.setItem('fbe:scenario:start-here-the-weekend-fix', '{"choice":1,"answeredAt":"2026-11-24T10:00:00.000Z"}');
    const progress = createProgress(createStorageEngine(() => storage));
    const answer = progress.recordStore('scenario', 'start-here-the-weekend-fix');
    await progress.migrated;
    expect(answer.get()).toEqual({ option: 'pair-on-the-riskiest-parts', answeredAt: '2026-11-24T10:00:00.000Z' });
    // Not yet migrated is not unreadable: nothing was kept aside.
    expect(progress.$asideCount.get()).toBe(0);
  });
});
