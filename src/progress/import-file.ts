import { RECORD_KINDS, SCHEMA_VERSION, isId, isPlainObject, isRecord, type RecordKind } from './records.ts';
import { emptySnapshot, type Snapshot } from './snapshot.ts';
import { EXPORT_FORMAT } from './export-file.ts';
import { isProgressV1, migrateV1, scenarioAnswerById } from './migrations.ts';
import { LEGACY_SCENARIO_OPTIONS } from './legacy-scenario-options.ts';
import { ASIDE_PREFIX, recordKey } from './keys.ts';
import { parseUntrustedJson } from './safe-json.ts';

/** Far larger than any real export (500 long reflections is about 2.5 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 12;

export type ImportProblem = 'too-big' | 'empty' | 'damaged' | 'not-json' | 'too-deep' | 'forbidden-key' | 'wrong-shape' | 'newer';

export interface ImportRefusal {
  ok: false;
  problem: ImportProblem;
  /** A plain sentence for the learner, always ending with what happened to their data (nothing). */
  message: string;
}

export interface ImportReady {
  ok: true;
  progress: Snapshot;
  unreadable: Record<string, string>;
  /** The version the file was written by (older files are migrated). */
  fromVersion: number;
  /** Texts that contain markup: imported as text and shown literally, never as HTML. */
  markupIn: number;
}

const UNCHANGED = 'Nothing was changed.';

function refuse(problem: ImportProblem, detail = ''): ImportRefusal {
  const messages: Record<ImportProblem, string> = {
    'too-big': `This file is too big to be a progress export (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    empty: 'This file is empty.',
    damaged:
      'This file looks damaged or incomplete: it starts like a progress export but breaks off or goes wrong part-way, perhaps because the download or copy was cut short. Export it again from the browser it came from.',
    'not-json': 'This file is not a progress export: it is not JSON.',
    'too-deep': 'This file is nested far more deeply than a progress export ever is, so it was not read.',
    'forbidden-key': `This file contains a property named “${detail}”, which a progress export never has, so it was refused.`,
    'wrong-shape': `This file is not a From Building to Enabling progress export${detail ? `: ${detail}` : ''}.`,
    newer: `This file comes from a newer version of the course (version ${detail}). Reload this page to get the newest version, then import it again.`,
  };
  return { ok: false, problem, message: `${messages[problem]} ${UNCHANGED}` };
}

/** The first check, made before the file is read at all. */
export function checkImportSize(bytes: number): ImportRefusal | undefined {
  if (bytes > MAX_IMPORT_BYTES) return refuse('too-big');
  if (bytes === 0) return refuse('empty');
  return undefined;
}

const MARKUP = /<\/?[a-z!][^>]*>|javascript:|on\w+\s*=/i;

/** Parses and validates the whole file, then migrates it to the current version. Changes nothing. */
export function readImportFile(text: string): ImportRefusal | ImportReady {
  if (!text.trim()) return refuse('empty');
  const parsed = parseUntrustedJson(text, MAX_DEPTH);
  // A file that opens like JSON but does not parse was most likely cut short, not the wrong file altogether.
  if (!parsed.ok && parsed.problem === 'not-json' && text.trimStart().startsWith('{')) return refuse('damaged');
  if (!parsed.ok) return refuse(parsed.problem, parsed.detail);
  const file = parsed.value;
  if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) return refuse('wrong-shape', 'it does not say it is one');
  if (!Number.isInteger(file.version) || (file.version as number) < 1) return refuse('wrong-shape', 'its version is missing');
  if ((file.version as number) > SCHEMA_VERSION) return refuse('newer', String(file.version));

  // Versions 1 and 2 stored scenario answers by position: they become answers by option id, and one whose option has
  // no counterpart today is imported as a kept-aside value, never dropped.
  let raw: unknown = file.progress;
  let notMigrated: Record<string, string> = {};
  if (file.version === 1) {
    if (!isProgressV1(file.progress)) return refuse('wrong-shape', 'its version 1 progress is damaged');
    const migrated = migrateV1(file.progress, typeof file.exportedAt === 'string' ? file.exportedAt : new Date().toISOString());
    const { answers, aside } = answersById(migrated.byPosition);
    raw = { ...migrated.snapshot, scenario: answers };
    notMigrated = aside;
  } else if (file.version === 2 && isPlainObject(file.progress) && isPlainObject(file.progress.scenario)) {
    const { answers, aside } = answersById(file.progress.scenario);
    raw = { ...file.progress, scenario: answers };
    notMigrated = aside;
  }
  const progress = checkSnapshot(raw);
  if (typeof progress === 'string') return refuse('wrong-shape', progress);

  const unreadable: Record<string, string> = {};
  for (const [key, raw] of Object.entries(notMigrated)) unreadable[ASIDE_PREFIX + key] = raw;
  if (file.unreadable !== undefined) {
    if (!isPlainObject(file.unreadable)) return refuse('wrong-shape', 'its unreadable section is damaged');
    for (const [key, raw] of Object.entries(file.unreadable)) {
      if (!key.startsWith('fbe:') || key.length > 200 || typeof raw !== 'string')
        return refuse('wrong-shape', 'its unreadable section is damaged');
      unreadable[key] = raw;
    }
  }
  const texts = [
    ...Object.values(progress.reflection).map((r) => r.text),
    ...Object.values(progress.commitments).flatMap((c) => c.items.flatMap((i) => [i.text, i.target])),
  ];
  return {
    ok: true,
    progress,
    unreadable,
    fromVersion: file.version as number,
    markupIn: texts.filter((t) => MARKUP.test(t)).length,
  };
}

/**
 * Scenario answers stored by position, as answers by option id; those whose option has no counterpart today come out
 * separately, raw. Anything else is left for the checks that follow.
 */
function answersById(answers: Record<string, unknown>): { answers: Record<string, unknown>; aside: Record<string, string> } {
  const byId: Record<string, unknown> = {};
  const aside: Record<string, string> = {};
  for (const [id, answer] of Object.entries(answers)) {
    const migrated = scenarioAnswerById(id, answer, LEGACY_SCENARIO_OPTIONS);
    if (migrated) byId[id] = migrated;
    else if (isId(id) && isPlainObject(answer) && 'choice' in answer) aside[recordKey('scenario', id)] = JSON.stringify(answer);
    else byId[id] = answer;
  }
  return { answers: byId, aside };
}

/** A valid snapshot, or a description of the first thing wrong with it. */
function checkSnapshot(value: unknown): Snapshot | string {
  if (!isPlainObject(value)) return 'its progress section is missing';
  const snapshot = emptySnapshot();
  for (const kind of Object.keys(value)) {
    if (!(RECORD_KINDS as readonly string[]).includes(kind)) return `it has an unknown section “${kind.slice(0, 40)}”`;
  }
  for (const kind of RECORD_KINDS) {
    const records = value[kind] ?? {};
    if (!isPlainObject(records)) return `its ${kind} section is damaged`;
    for (const [id, record] of Object.entries(records)) {
      if (!isId(id)) return `it has a ${kind} with an invalid id`;
      if (!isRecord(kind, record)) return `its ${kind} “${id}” is damaged`;
      (snapshot[kind] as Record<string, unknown>)[id] = record;
    }
  }
  return snapshot;
}

export interface ImportChange {
  kind: RecordKind;
  added: number;
  replaced: number;
  removed: number;
  unchanged: number;
}

/** What applying `incoming` in place of `current` will do, kind by kind, for the learner to confirm. */
export function planImport(current: Snapshot, incoming: Snapshot): ImportChange[] {
  return RECORD_KINDS.map((kind) => {
    const before = current[kind] as Record<string, unknown>;
    const after = incoming[kind] as Record<string, unknown>;
    const change: ImportChange = { kind, added: 0, replaced: 0, removed: 0, unchanged: 0 };
    for (const [id, record] of Object.entries(after)) {
      if (!Object.hasOwn(before, id)) change.added++;
      else if (JSON.stringify(before[id]) === JSON.stringify(record)) change.unchanged++;
      else change.replaced++;
    }
    for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) change.removed++;
    return change;
  });
}

/**
 * The lessons a snapshot has progress for that this version of the course does not have (removed or renamed):
 * their records are imported and kept, and exported again, but no page shows them.
 */
export function unknownLessons(snapshot: Snapshot, known: (lesson: string) => boolean): string[] {
  const lessons = new Set(Object.keys(snapshot.lesson));
  const withLesson: { lesson?: string | undefined }[] = [
    ...Object.values(snapshot.reflection),
    ...Object.values(snapshot.scenario),
    ...Object.values(snapshot.commitments),
  ];
  for (const record of withLesson) if (record.lesson) lessons.add(record.lesson);
  return [...lessons].filter((lesson) => !known(lesson)).sort();
}
