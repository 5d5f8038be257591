import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describePlacement,
  formatHours,
  parseHours,
  placeInRange,
  splitWeek,
  WEEK_AUDIT_RECORD,
} from '../../src/lib/week-audit.ts';
import { createStorageEngine } from '../../src/progress/storage-engine.ts';
import { createProgress } from '../../src/progress/progress.ts';
import { decodeRecord, MAX_AUDIT_ENTRIES, type AuditRecord } from '../../src/progress/records.ts';
import { buildExportFile } from '../../src/progress/export-file.ts';
import { planImport, readImportFile } from '../../src/progress/import-file.ts';
import { emptySnapshot } from '../../src/progress/snapshot.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const categories = [
  { id: 'coding', kind: 'building' },
  { id: 'review', kind: 'building' },
  { id: 'coaching', kind: 'enabling' },
  { id: 'planning', kind: 'enabling' },
] as const;
const at = '2026-11-24T10:00:00.000Z';

describe('the split of a week', () => {
  it('gives whole percentages of the hours counted, adding up to 100', () => {
    expect(splitWeek({ coding: 10, review: 5, coaching: 20, planning: 5 }, [...categories])).toEqual({
      total: 40,
      building: 15,
      enabling: 25,
      buildingPercent: 37,
      enablingPercent: 63,
    });
    // 1/3 and 2/3: rounding each would give 33 + 67 = 100 here, but 1/6 and 5/6 would give 17 + 83; both add up.
    for (const hours of [
      { coding: 1, coaching: 2 },
      { coding: 1, coaching: 5 },
      { coding: 0.5, review: 0.5, planning: 0.5 },
    ]) {
      const split = splitWeek(hours, [...categories])!;
      expect(split.buildingPercent + split.enablingPercent).toBe(100);
    }
    expect(splitWeek({ coding: 7.5 }, [...categories])).toMatchObject({ enablingPercent: 0, buildingPercent: 100 });
  });

  it('has no split for a week with no hours, and ignores categories the course no longer has', () => {
    expect(splitWeek({}, [...categories])).toBeUndefined();
    expect(splitWeek({ coding: 0, coaching: 0 }, [...categories])).toBeUndefined();
    expect(splitWeek({ retired: 30, coaching: 10 }, [...categories])).toMatchObject({ total: 10, enablingPercent: 100 });
    // A category id that objects inherit is never read from the prototype.
    expect(splitWeek({}, [{ id: 'constructor', kind: 'enabling' }])).toBeUndefined();
  });

  it('places a share against a range, both ends inside, in plain words', () => {
    expect(placeInRange(19, [20, 40])).toBe('below');
    expect(placeInRange(20, [20, 40])).toBe('inside');
    expect(placeInRange(40, [20, 40])).toBe('inside');
    expect(placeInRange(41, [20, 40])).toBe('above');
    expect(describePlacement('below')).toBe('below the typical range');
    expect(describePlacement('inside')).toBe('inside the typical range');
    expect(describePlacement('above')).toBe('above the typical range');
  });

  it('reads what was typed in an hours box: half hours from 0 to 80, empty for none, anything else refused', () => {
    expect(parseHours('12')).toBe(12);
    expect(parseHours(' 7.5 ')).toBe(7.5);
    expect(parseHours('0')).toBe(0);
    expect(parseHours('80')).toBe(80);
    expect(parseHours('')).toBeNull();
    for (const text of ['80.5', '-1', '7.3', 'ten', 'Infinity', '1e3']) expect(parseHours(text)).toBeUndefined();
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(42.5)).toBe('42.5 hours');
  });
});

describe('the audit record', () => {
  const entry = { savedAt: at, role: 'engineering-manager', hours: { coding: 10, coaching: 20 } };
  const decode = (value: unknown) => decodeRecord('audit', JSON.stringify(value));

  it('accepts saved weeks and a draft, and refuses anything out of bounds', () => {
    const valid: AuditRecord = {
      entries: [entry, { ...entry, exercise: 'capstone-week-audit' }],
      draft: { hours: { coding: 0.5 } },
    };
    expect(decode(valid)).toEqual(valid);
    expect(decode({ entries: [] })).toEqual({ entries: [] });
    for (const wrong of [
      {},
      { entries: [{ ...entry, hours: { coding: 81 } }] },
      { entries: [{ ...entry, hours: { coding: 7.3 } }] },
      { entries: [{ ...entry, hours: { coding: -1 } }] },
      { entries: [{ ...entry, role: 'Not An Id' }] },
      { entries: [{ ...entry, savedAt: 'yesterday' }] },
      { entries: [{ ...entry, note: 'extra' }] },
      { entries: [], draft: { role: 'lead' } },
      { entries: Array.from({ length: MAX_AUDIT_ENTRIES + 1 }, () => entry) },
    ]) {
      expect(decode(wrong)).toMatchObject({ unreadable: true });
    }
    // A category named after a property objects inherit never becomes one.
    expect(decodeRecord('audit', `{"entries":[{"savedAt":"${at}","role":"x","hours":{"__proto__":1}}]}`)).toMatchObject({
      unreadable: true,
    });
  });
});

describe('saving a week audit', () => {
  const start = () => {
    const storage = new MemoryStorage();
    storage.setItem('fbe:version', '3');
    return { storage, progress: createProgress(createStorageEngine(() => storage)) };
  };
  const stored = (storage: Storage) => JSON.parse(storage.getItem(`fbe:audit:${WEEK_AUDIT_RECORD}`)!) as AuditRecord;

  it('keeps the hours and the role as they are typed, and an emptied box removes its hours', () => {
    const { storage, progress } = start();
    expect(progress.noteAuditHours(WEEK_AUDIT_RECORD, 'coding', 12)).toBe(true);
    expect(progress.noteAuditHours(WEEK_AUDIT_RECORD, 'coaching', 4.5)).toBe(true);
    expect(progress.chooseAuditRole(WEEK_AUDIT_RECORD, 'tech-lead')).toBe(true);
    expect(stored(storage)).toEqual({ entries: [], draft: { hours: { coding: 12, coaching: 4.5 }, role: 'tech-lead' } });
    progress.noteAuditHours(WEEK_AUDIT_RECORD, 'coding', null);
    expect(stored(storage).draft).toEqual({ hours: { coaching: 4.5 }, role: 'tech-lead' });
  });

  it('adds each saved week with its time and exercise, oldest first, and keeps the draft for next week', () => {
    const { storage, progress } = start();
    progress.noteAuditHours(WEEK_AUDIT_RECORD, 'coding', 30);
    expect(progress.saveAuditWeek(WEEK_AUDIT_RECORD, 'start-here-week-audit', { role: 'tech-lead', hours: { coding: 30 } })).toBe(
      true,
    );
    expect(progress.saveAuditWeek(WEEK_AUDIT_RECORD, 'capstone-week-audit', { role: 'director', hours: { coaching: 30 } })).toBe(
      true,
    );
    const record = stored(storage);
    expect(record.entries.map((e) => [e.exercise, e.role, e.hours])).toEqual([
      ['start-here-week-audit', 'tech-lead', { coding: 30 }],
      ['capstone-week-audit', 'director', { coaching: 30 }],
    ]);
    expect(Number.isNaN(Date.parse(record.entries[0]!.savedAt))).toBe(false);
    expect(record.draft).toEqual({ hours: { coding: 30 } });
  });

  it('lets the oldest week go at the limit, so the newest is always kept', () => {
    const { storage, progress } = start();
    const full = Array.from({ length: MAX_AUDIT_ENTRIES }, (_, i) => ({ savedAt: at, role: `role-${i}`, hours: {} }));
    storage.setItem(`fbe:audit:${WEEK_AUDIT_RECORD}`, JSON.stringify({ entries: full }));
    const reloaded = createProgress(createStorageEngine(() => storage));
    expect(reloaded.saveAuditWeek(WEEK_AUDIT_RECORD, 'x', { role: 'newest', hours: { coding: 1 } })).toBe(true);
    const entries = stored(storage).entries;
    expect(entries).toHaveLength(MAX_AUDIT_ENTRIES);
    expect(entries[0]!.role).toBe('role-1');
    expect(entries.at(-1)!.role).toBe('newest');
    void progress;
  });

  it('says a week was not saved when storage is full, and keeps an unreadable record aside before writing', () => {
    const { storage, progress } = start();
    storage.failWrites = true;
    expect(progress.noteAuditHours(WEEK_AUDIT_RECORD, 'coding', 1)).toBe(false);

    const damaged = new MemoryStorage();
    damaged.setItem('fbe:version', '3');
    damaged.setItem(`fbe:audit:${WEEK_AUDIT_RECORD}`, '{"entries":"lost?"}');
    const again = createProgress(createStorageEngine(() => damaged));
    expect(again.noteAuditHours(WEEK_AUDIT_RECORD, 'coding', 2)).toBe(true);
    expect(damaged.getItem(`fbe:aside:fbe:audit:${WEEK_AUDIT_RECORD}`)).toBe('{"entries":"lost?"}');
  });
});

describe('exporting and importing week audits', () => {
  const audit: AuditRecord = { entries: [{ savedAt: at, role: 'director', hours: { coaching: 20, coding: 4 } }] };

  it('imports a file with an audit section, and shows it in the preview', () => {
    const snapshot = { ...emptySnapshot(), audit: { [WEEK_AUDIT_RECORD]: audit } };
    const result = readImportFile(JSON.stringify(buildExportFile(snapshot, {}, new Date(at))));
    expect(result.ok && result.progress.audit).toEqual({ [WEEK_AUDIT_RECORD]: audit });
    expect(planImport(emptySnapshot(), snapshot).find((c) => c.kind === 'audit')).toMatchObject({ added: 1 });
  });

  it('imports files from before week audits existed, with an empty audit section', () => {
    for (const fixture of ['export-v1.json', 'export-v2.json']) {
      const result = readImportFile(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8'));
      expect(result.ok && result.progress.audit).toEqual({});
    }
    const { audit: _, ...withoutAudit } = emptySnapshot();
    const version3 = { format: 'from-building-to-enabling/progress', version: 3, exportedAt: at, progress: withoutAudit };
    expect(readImportFile(JSON.stringify(version3))).toMatchObject({ ok: true, progress: { audit: {} } });
  });

  it('refuses a file whose audit is damaged, naming it', () => {
    const snapshot = { ...emptySnapshot(), audit: { [WEEK_AUDIT_RECORD]: { entries: [{ role: 'x' }] } } };
    const result = readImportFile(JSON.stringify({ ...buildExportFile(emptySnapshot(), {}), progress: snapshot }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(`its audit “${WEEK_AUDIT_RECORD}” is damaged`);
  });
});
