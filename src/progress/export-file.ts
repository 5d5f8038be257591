import { downloadText } from '../lib/download-text.ts';
import { SCHEMA_VERSION } from './records.ts';
import type { Snapshot } from './snapshot.ts';

/** Marks a JSON file as this course's progress export. */
export const EXPORT_FORMAT = 'from-building-to-enabling/progress';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  progress: Snapshot;
  /** Stored values that could not be read, raw, by storage key: exported so that nothing is lost. */
  unreadable: Record<string, string>;
}

export function buildExportFile(progress: Snapshot, unreadable: Record<string, string>, now = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString(), progress, unreadable };
}

/** A file name that sorts by date: `from-building-to-enabling-progress-2026-11-24.json`. */
export function exportFileName(now = new Date(), label = 'progress', extension = 'json'): string {
  return `from-building-to-enabling-${label}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Offers a JSON value to the learner as a file download. */
export function downloadJson(value: unknown, fileName: string) {
  downloadText(JSON.stringify(value, null, 2), fileName, 'application/json');
}
