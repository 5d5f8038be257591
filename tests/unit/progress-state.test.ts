import { describe, expect, it } from 'vitest';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { MAX_REFLECTION_LENGTH, decodeRecord, isId, latestVisited } from '../../src/progress/records.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const start = (entries: Record<string, string> = {}) => {
  const storage = new MemoryStorage();
  storage.setItem('fbe:version', '3');
  for (const [k, v] of Object.entries(entries)) storage.setItem(k, v);
  const progress = createProgress(createStorageEngine(() => storage));
  return { storage, progress };
};

describe('reading stored values', () => {
  it('accepts valid records and marks everything else unreadable, keeping the raw text', () => {
    expect(decodeRecord('reflection', '{"text":"hi","savedAt":"2026-11-24T10:00:00.000Z"}')).toEqual({
      text: 'hi',
      savedAt: '2026-11-24T10:00:00.000Z',
    });
    for (const raw of [
      'not json',
      '{"text":42,"savedAt":"2026-11-24T10:00:00.000Z"}',
      '{"text":"hi"}',
      '[]',
      'null',
      '{"text":"hi","savedAt":"x"}',
    ]) {
      expect(decodeRecord('reflection', raw)).toEqual({ unreadable: true, raw });
    }
    expect(decodeRecord('scenario', '{"choice":"2","answeredAt":"2026-11-24T10:00:00.000Z"}')).toMatchObject({
      unreadable: true,
    });
    expect(
      decodeRecord('attempts', '{"attempts":[{"completedAt":"2026-11-24T10:00:00.000Z","exercise":"a","ratings":{"x":9}}]}'),
    ).toMatchObject({
      unreadable: true,
    });
  });

  it('refuses ratings and evidence keyed by a name that could reach a prototype', () => {
    const attempt = (field: string) =>
      `{"attempts":[{"completedAt":"2026-11-24T10:00:00.000Z","exercise":"a","ratings":{"x":3},${field}}]}`;
    expect(decodeRecord('attempts', attempt('"evidence":{"x":"fine"}'))).not.toHaveProperty('unreadable');
    expect(decodeRecord('attempts', attempt('"evidence":{"__proto__":"x"}'))).toMatchObject({ unreadable: true });
    expect(decodeRecord('draft', '{"ratings":{"__proto__":3}}')).toMatchObject({ unreadable: true });
  });

  it('refuses ids that could reach a prototype', () => {
    expect(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'Upper', 'a--b', ''].filter(isId)).toEqual([]);
    expect(isId('designing-teams')).toBe(true);
  });

  it('keeps corrupted values aside at start, leaves other data untouched, and still works', () => {
    const { storage, progress } = start({
      'fbe:reflection:broken': '{not json',
      'fbe:scenario:wrong-type': '{"choice":"first","answeredAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:reflection:fine': '{"text":"kept","savedAt":"2026-11-24T10:00:00.000Z"}',
    });
    expect(storage.getItem('fbe:aside:fbe:reflection:broken')).toBe('{not json');
    expect(storage.getItem('fbe:aside:fbe:scenario:wrong-type')).toBe(
      '{"choice":"first","answeredAt":"2026-11-24T10:00:00.000Z"}',
    );
    expect(storage.getItem('fbe:reflection:broken')).toBe('{not json');
    expect(progress.$asideCount.get()).toBe(2);
    expect(progress.$stored.get().snapshot.reflection).toEqual({ fine: { text: 'kept', savedAt: '2026-11-24T10:00:00.000Z' } });
    expect(progress.recordStore('reflection', 'broken').get()).toEqual({ unreadable: true, raw: '{not json' });

    // Writing over the unreadable value is safe: the original is still aside.
    expect(progress.saveReflection('broken', 'start-here', 'new text')).toBe(true);
    expect(storage.getItem('fbe:aside:fbe:reflection:broken')).toBe('{not json');
  });

  it('ignores keys with prototype names and pollutes nothing', () => {
    const { progress } = start({
      'fbe:reflection:__proto__': '{"text":"x","savedAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:lesson:constructor': '{"completedAt":"2026-11-24T10:00:00.000Z"}',
    });
    const { snapshot, unreadable } = progress.$stored.get();
    expect(Object.keys(snapshot.reflection)).toEqual([]);
    expect(Object.keys(unreadable)).toContain('fbe:reflection:__proto__');
    expect(({} as Record<string, unknown>).text).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'completedAt')).toBe(false);
  });

  it('never writes keys of its own from a stored `__proto__` lesson, and counts it once', () => {
    const raw = '{"completedAt":"2026-11-24T10:00:00.000Z"}';
    const { storage, progress } = start({ 'fbe:lesson:__proto__': raw });
    progress.markVisited('start-here');
    progress.setLessonComplete('start-here', true);
    expect(progress.$completed.get()).toEqual(new Set(['start-here']));
    expect(Object.keys(progress.$lessons.get())).toEqual(['start-here']);
    expect(Object.keys(storage.dump()).sort()).toEqual([
      'fbe:aside:fbe:lesson:__proto__',
      'fbe:lesson:__proto__',
      'fbe:lesson:start-here',
      'fbe:version',
    ]);
    expect(progress.$asideCount.get()).toBe(1);
  });
});

describe('writing', () => {
  it('refuses to store a record that would not read back, and stores nothing', () => {
    const { storage, progress } = start();
    expect(() => progress.saveReflection('r1', 'lesson-a', 'x'.repeat(MAX_REFLECTION_LENGTH + 1))).toThrow(RangeError);
    expect(storage.getItem('fbe:reflection:r1')).toBeNull();
    expect(progress.saveReflection('r1', 'lesson-a', '😀'.repeat(MAX_REFLECTION_LENGTH / 2))).toBe(true);
    expect(decodeRecord('reflection', storage.getItem('fbe:reflection:r1')!)).toMatchObject({ text: '😀'.repeat(50_000) });
  });

  it('has one write path: every store follows storage, whoever changed it', () => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '3');
    const events = new EventTarget();
    const progress = createProgress(createStorageEngine(() => storage, events));
    const reflection = progress.recordStore('reflection', 'r1');
    const seen: unknown[] = [];
    const stops = [reflection.listen((value) => seen.push(value)), progress.$stored.listen(() => undefined)];

    progress.saveReflection('r1', 'lesson-a', 'here');
    expect(reflection.get()).toMatchObject({ text: 'here' });
    expect(progress.$stored.get().snapshot.reflection.r1?.text).toBe('here');

    // Another tab saves.
    const newValue = '{"text":"there","savedAt":"2026-11-24T10:00:00.000Z"}';
    storage.setItem('fbe:reflection:r1', newValue);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'fbe:reflection:r1', newValue, storageArea: storage }));
    expect(reflection.get()).toMatchObject({ text: 'there' });
    expect(progress.$stored.get().snapshot.reflection.r1?.text).toBe('there');

    // An import and a deletion.
    progress.applyImport(
      { ...progress.$stored.get().snapshot, lesson: { 'lesson-a': { completedAt: '2026-11-24T10:00:00.000Z' } } },
      {
        'fbe:aside:fbe:reflection:x': '{broken',
      },
    );
    expect(progress.$completed.get()).toEqual(new Set(['lesson-a']));
    expect(progress.$asideCount.get()).toBe(1);
    progress.deleteAll();
    expect(reflection.get()).toBeUndefined();
    expect(progress.$completed.get().size).toBe(0);
    expect(progress.$asideCount.get()).toBe(0);
    expect(progress.$stored.get().snapshot.reflection).toEqual({});
    expect(seen.map((v) => (v as { text?: string } | undefined)?.text)).toEqual(['here', 'there', undefined]);
    for (const stop of stops) stop();
  });
});

describe('progress actions', () => {
  it('save and read back every kind of record', () => {
    const { progress } = start();
    expect(progress.saveReflection('r1', 'lesson-a', 'My reflection')).toBe(true);
    progress.chooseScenario('s1', 'lesson-a', 'coach-the-lead');
    progress.rateDraft('sa1', 'dim-a', 3);
    progress.rateDraft('sa1', 'dim-b', 4);
    progress.completeAttempt('competencies', 'sa1', { 'dim-a': 3, 'dim-b': 4 });
    progress.saveCommitments('c1', 'capstone', [
      { id: '1', text: 'Hold skip-levels', target: 'Day 30', done: false, updatedAt: '2026-11-24T10:00:00.000Z' },
    ]);
    progress.setLessonComplete('lesson-a', true);
    const { snapshot } = progress.$stored.get();
    expect(snapshot.reflection.r1?.text).toBe('My reflection');
    expect(snapshot.scenario.s1?.option).toBe('coach-the-lead');
    expect(snapshot.draft).toEqual({});
    expect(snapshot.attempts.competencies?.attempts[0]?.ratings).toEqual({ 'dim-a': 3, 'dim-b': 4 });
    expect(snapshot.commitments.c1?.items[0]?.text).toBe('Hold skip-levels');
    expect(progress.$completed.get().has('lesson-a')).toBe(true);
    progress.setLessonComplete('lesson-a', false);
    expect(progress.$completed.get().has('lesson-a')).toBe(false);
  });

  it('reports not saved when storage is full and keeps the text', () => {
    const { storage, progress } = start();
    storage.failWrites = true;
    expect(progress.saveReflection('r1', 'lesson-a', 'precious words')).toBe(false);
    expect(progress.$health.get()).toBe('full');
    const stored = progress.recordStore('reflection', 'r1').get();
    expect(stored && 'text' in stored && stored.text).toBe('precious words');
  });

  it('replaces everything at once, and rolls back if storage fills part way', () => {
    const { storage, progress } = start({ 'fbe:reflection:old': '{"text":"old","savedAt":"2026-11-24T10:00:00.000Z"}' });
    const before = progress.$stored.get().snapshot;
    const next = { ...before, reflection: { fresh: { text: 'x'.repeat(5000), savedAt: '2026-11-24T11:00:00.000Z' } } };
    // Room for the backup of what is stored, not for the new text.
    storage.quota = JSON.stringify(storage.dump()).length * 3 + 500;
    expect(progress.applyImport(next, {}).ok).toBe(false);
    expect(storage.getItem('fbe:reflection:old')).not.toBeNull();
    expect(storage.getItem('fbe:reflection:fresh')).toBeNull();
    storage.quota = Infinity;
    expect(progress.applyImport(next, {}).ok).toBe(true);
    expect(storage.getItem('fbe:reflection:old')).toBeNull();
    expect(progress.$stored.get().snapshot.reflection.fresh?.text).toHaveLength(5000);
  });

  it('deletes all of its data and nothing else', () => {
    const { storage, progress } = start({
      'other-site-key': 'keep',
      'fbe:lesson:a': '{"completedAt":"2026-11-24T10:00:00.000Z"}',
    });
    progress.saveReflection('r1', 'a', 'text');
    progress.deleteAll();
    expect(storage.dump()).toEqual({ 'other-site-key': 'keep', 'fbe:version': '3' });
    expect(progress.$completed.get().size).toBe(0);
  });

  it('applies an import after keeping a backup, and keeps the file’s unreadable values aside', () => {
    const { storage, progress } = start({ 'fbe:reflection:mine': '{"text":"before","savedAt":"2026-11-24T10:00:00.000Z"}' });
    const incoming = {
      ...progress.$stored.get().snapshot,
      reflection: { theirs: { text: 'imported', savedAt: '2026-11-24T11:00:00.000Z' } },
    };
    const { ok, backup } = progress.applyImport(incoming, { 'fbe:aside:fbe:reflection:old': '{broken' });
    expect(ok).toBe(true);
    expect(backup.progress.reflection.mine?.text).toBe('before');
    expect(storage.getItem('fbe:backup')).toContain('"text":"before"');
    expect(storage.getItem('fbe:reflection:mine')).toBeNull();
    expect(progress.$stored.get().snapshot.reflection.theirs?.text).toBe('imported');
    expect(storage.getItem('fbe:aside:fbe:reflection:old')).toBe('{broken');
    expect(progress.$asideCount.get()).toBe(1);
  });

  it('find the lesson visited last among those still in the course', () => {
    const lessons = {
      a: { visitedAt: '2026-11-20T10:00:00.000Z' },
      gone: { visitedAt: '2026-11-24T10:00:00.000Z' },
      b: { visitedAt: '2026-11-22T10:00:00.000Z', completedAt: '2026-11-22T11:00:00.000Z' },
      c: { unreadable: true as const, raw: 'x' },
    };
    expect(latestVisited(lessons, (id) => id !== 'gone')).toBe('b');
    expect(latestVisited({}, () => true)).toBeUndefined();
  });
});

describe('the learner id', () => {
  it('is made once, kept in storage, and replaced only when damaged or deleted', () => {
    const { storage, progress } = start();
    const id = progress.learnerId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(progress.learnerId()).toBe(id);
    expect(storage.getItem('fbe:learner')).toBe(id);
    expect(createProgress(createStorageEngine(() => storage)).learnerId()).toBe(id);
    storage.setItem('fbe:learner', '<script>');
    expect(createProgress(createStorageEngine(() => storage)).learnerId()).not.toBe('<script>');
    progress.deleteAll();
    expect(progress.learnerId()).not.toBe(id);
  });
});

describe('evidence on self-assessment ratings', () => {
  it('is kept in the draft as it is typed, then with the attempt, and an empty line removes it', () => {
    const { progress } = start();
    progress.rateDraft('sa1', 'dim-a', 3);
    progress.noteEvidence('sa1', 'dim-a', 'Ran the blameless review of the March outage');
    progress.noteEvidence('sa1', 'dim-b', 'Something');
    progress.noteEvidence('sa1', 'dim-b', '  ');
    progress.rateDraft('sa1', 'dim-b', 4);
    expect(progress.recordStore('draft', 'sa1').get()).toEqual({
      ratings: { 'dim-a': 3, 'dim-b': 4 },
      evidence: { 'dim-a': 'Ran the blameless review of the March outage' },
    });
    progress.completeAttempt('competencies', 'sa1', { 'dim-a': 3, 'dim-b': 4 });
    const stored = progress.recordStore('attempts', 'competencies').get();
    expect(stored && 'attempts' in stored && stored.attempts[0]?.evidence).toEqual({
      'dim-a': 'Ran the blameless review of the March outage',
    });
    expect(progress.recordStore('draft', 'sa1').get()).toBeUndefined();
    expect(progress.exportFile().progress.attempts.competencies?.attempts[0]?.evidence?.['dim-a']).toBe(
      'Ran the blameless review of the March outage',
    );
  });
});
