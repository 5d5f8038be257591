/**
 * The learner's progress: the one door to everything the course stores. Islands, scripts and pages import from
 * here only; storage keys, prefixes and storage events never leave src/progress.
 */
export { progress } from './instance.ts';
export { downloadBackup, downloadCheckIns, downloadJournal, downloadKeptAside, downloadProgress } from './download.ts';
export { journalOf, type JournalEntry, type JournalOutline, type ScenarioText } from './journal.ts';
/** The import pipeline: loaded only when a learner picks a file to import, so no other page carries it. */
export const loadImporter = () => import('./import-file.ts');
export type { ImportChange, ImportReady } from './import-file.ts';
export {
  isUnreadable,
  latestVisited,
  MAX_EVIDENCE_LENGTH,
  MAX_REFLECTION_LENGTH,
  type Attempt,
  type AuditEntry,
  type AuditRecord,
  type Commitment,
} from './records.ts';
export { emptySnapshot, type StoredProgress } from './snapshot.ts';
export type { ExportFile } from './export-file.ts';
export type { StorageHealth } from './storage-engine.ts';
/**
 * The share-link codec, loaded only when a learner makes a link (My progress stays light). The mentor view imports
 * shares.ts directly: it never opens storage.
 */
export const loadShareCodec = () => import('./shares.ts');
export { MAX_SHARE_NAME_LENGTH } from './share-payload.ts';
export { NOTHING_SELECTED, sharePayload, type AttemptChoice, type ShareSelection } from './share-selection.ts';
