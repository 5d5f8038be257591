import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, checkImportSize, planImport, readImportFile, unknownLessons } from '../../src/progress/import-file.ts';
import { buildExportFile } from '../../src/progress/export-file.ts';
import { emptySnapshot } from '../../src/progress/snapshot.ts';
import { nestingDepth } from '../../src/progress/safe-json.ts';

const at = '2026-11-24T10:00:00.000Z';
const snapshotWith = (text: string) => ({
  ...emptySnapshot(),
  reflection: { 'start-here-why-now': { text, savedAt: at, lesson: 'start-here' } },
});
const fileText = (value: unknown) => JSON.stringify(value);
const refused = (text: string) => {
  const result = readImportFile(text);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.message).toMatch(/Nothing was changed\.$/);
  return result.problem;
};

describe('importing a progress file', () => {
  it('reads back an export exactly', () => {
    const exported = buildExportFile(snapshotWith('My words'), { 'fbe:aside:fbe:reflection:x': '{broken' }, new Date(at));
    const result = readImportFile(fileText(exported));
    expect(result).toEqual({
      ok: true,
      progress: snapshotWith('My words'),
      unreadable: { 'fbe:aside:fbe:reflection:x': '{broken' },
      fromVersion: 3,
      markupIn: 0,
    });
  });

  it('checks the size before reading: too big and empty files are refused', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)?.problem).toBe('too-big');
    expect(checkImportSize(0)?.problem).toBe('empty');
    expect(checkImportSize(2_000)).toBeUndefined();
    expect(refused('   \n')).toBe('empty');
  });

  it('refuses a file that is not JSON', () => {
    expect(refused('Dear diary, today I delegated.')).toBe('not-json');
    expect(refused('%PDF-1.7 binary')).toBe('not-json');
  });

  it('says a cut-short export looks damaged or incomplete, not that it is not an export', () => {
    const whole = fileText(buildExportFile(snapshotWith('My words'), {}, new Date(at)));
    const result = readImportFile(whole.slice(0, Math.floor(whole.length / 2)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('damaged');
    expect(result.message).toMatch(/looks damaged or incomplete/);
    expect(result.message).not.toMatch(/not JSON/);
    expect(refused('{"format": ')).toBe('damaged');
  });

  it('refuses a file nested too deeply, without parsing it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(nestingDepth(deep)).toBe(100_000);
    expect(refused(deep)).toBe('too-deep');
    expect(nestingDepth('{"a":"[[[[[[[[[[[[[[[[["}')).toBe(1);
  });

  it('refuses files of the wrong shape, saying what is wrong', () => {
    expect(refused('[]')).toBe('wrong-shape');
    expect(refused(fileText({ format: 'something-else', version: 2 }))).toBe('wrong-shape');
    expect(refused(fileText({ format: 'from-building-to-enabling/progress' }))).toBe('wrong-shape');
    const badRecord = {
      ...buildExportFile(emptySnapshot(), {}),
      progress: { ...emptySnapshot(), reflection: { a: { text: 5 } } },
    };
    const result = readImportFile(fileText(badRecord));
    expect(result.ok === false && result.message).toBe(
      'This file is not a From Building to Enabling progress export: its reflection “a” is damaged. Nothing was changed.',
    );
    const unknownSection = { ...buildExportFile(emptySnapshot(), {}), progress: { ...emptySnapshot(), secrets: {} } };
    expect(refused(fileText(unknownSection))).toBe('wrong-shape');
  });

  it('refuses a file from a newer version and says to reload', () => {
    const newer = { ...buildExportFile(emptySnapshot(), {}), version: 4 };
    const result = readImportFile(fileText(newer));
    expect(result.ok === false && result.message).toBe(
      'This file comes from a newer version of the course (version 4). Reload this page to get the newest version, then import it again. Nothing was changed.',
    );
  });

  it('refuses prototype keys anywhere, and nothing is polluted', () => {
    const base = fileText(buildExportFile(snapshotWith('x'), {}));
    expect(refused(base.replace('"start-here-why-now"', '"__proto__"'))).toBe('forbidden-key');
    expect(refused(base.replace('"text"', '"constructor"'))).toBe('forbidden-key');
    expect(refused('{"a":{"b":{"prototype":{"polluted":true}}}}')).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).text).toBeUndefined();
  });

  it('keeps markup in text exactly as written, and says so', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = readImportFile(fileText(buildExportFile(snapshotWith(markup), {})));
    expect(result.ok && result.progress.reflection['start-here-why-now']?.text).toBe(markup);
    expect(result.ok && result.markupIn).toBe(1);
  });

  it('migrates a version 1 export', () => {
    const result = readImportFile(readFileSync(new URL('../fixtures/export-v1.json', import.meta.url), 'utf8'));
    expect(result.ok && result.fromVersion).toBe(1);
    expect(result.ok && result.progress.reflection['start-here-why-now']).toEqual({
      text: 'I kept fixing the build myself.',
      savedAt: '2026-03-02T09:30:00.000Z',
    });
    expect(result.ok && result.progress.lesson['start-here']).toEqual({ completedAt: '2026-03-02T09:30:00.000Z' });
    // Stored by position 1 then: the option at that position is this one now.
    expect(result.ok && result.progress.scenario['start-here-the-weekend-fix']?.option).toBe('pair-on-the-riskiest-parts');
  });
});

describe('planning an import', () => {
  it('counts what will be added, replaced, removed and left as it is', () => {
    const current = {
      ...emptySnapshot(),
      reflection: { a: { text: 'same', savedAt: at }, b: { text: 'old', savedAt: at }, c: { text: 'gone', savedAt: at } },
    };
    const incoming = {
      ...emptySnapshot(),
      reflection: { a: { text: 'same', savedAt: at }, b: { text: 'new', savedAt: at }, d: { text: 'added', savedAt: at } },
    };
    expect(planImport(current, incoming).find((c) => c.kind === 'reflection')).toEqual({
      kind: 'reflection',
      added: 1,
      replaced: 1,
      removed: 1,
      unchanged: 1,
    });
  });
});

describe('lessons a file knows and the course does not', () => {
  it('are listed once each, from lesson records and from the lesson of every other record', () => {
    const snapshot = {
      ...emptySnapshot(),
      lesson: { 'start-here': { completedAt: at }, 'a-removed-lesson': { completedAt: at } },
      reflection: {
        'start-here-why-now': { text: 'x', savedAt: at, lesson: 'start-here' },
        'old-prompt': { text: 'y', savedAt: at, lesson: 'a-renamed-lesson' },
        'from-version-one': { text: 'z', savedAt: at },
      },
      scenario: { 'old-case': { option: 'an-option', answeredAt: at, lesson: 'a-removed-lesson' } },
    };
    expect(unknownLessons(snapshot, (id) => id === 'start-here')).toEqual(['a-removed-lesson', 'a-renamed-lesson']);
    expect(unknownLessons(snapshot, () => true)).toEqual([]);
  });
});

describe('an export file of version 2, when answers were stored by position', () => {
  it('imports each answer as the option at its old position, and keeps aside one with no counterpart today', () => {
    const result = readImportFile(readFileSync(new URL('../fixtures/export-v2.json', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.message);
    expect(result.fromVersion).toBe(2);
    expect(result.progress.scenario).toEqual({
      'start-here-the-weekend-fix': {
        option: 'trust-her-and-stay-available',
        answeredAt: '2026-11-20T09:10:00.000Z',
        lesson: 'start-here',
      },
    });
    expect(result.unreadable).toEqual({
      'fbe:aside:fbe:scenario:sustaining-yourself-always-on':
        '{"choice":0,"answeredAt":"2026-11-20T09:20:00.000Z","lesson":"sustaining-yourself"}',
    });
    expect(result.progress.reflection['start-here-why-now']?.text).toBe('I kept fixing the build myself.');
  });
});
