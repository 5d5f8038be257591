/**
 * The learner's progress: the one door to everything the course stores. Islands, scripts and pages import from
 * here only; storage keys, prefixes and storage events never leave src/progress.
 */
export { progress } from './instance.ts';
export { downloadBackup, downloadKeptAside, downloadProgress } from './download.ts';
/** The journal and calendar check-ins: loaded only when asked for, so the code every island shares stays light. */
export const loadJournalTools = () => import('./journal-tools.ts');
export type { JournalEntry, JournalOutline, ScenarioText } from './journal.ts';
/** The import pipeline: loaded only when a learner picks a file to import, so no other page carries it. */
export const loadImporter = () => import('./import-file.ts');
export type { ImportChange, ImportReady } from './import-file.ts';
export {
  isUnreadable,
  latestVisited,
  MAX_COHORT_LINKS,
  MAX_EVIDENCE_LENGTH,
  MAX_REFLECTION_LENGTH,
  type Attempt,
  type AuditEntry,
  type AuditRecord,
  type CohortRecord,
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
export type { ShareItem } from './shares.ts';
export { MAX_SHARE_NAME_LENGTH } from './share-format.ts';
export { NOTHING_SELECTED, sharePayload, type AttemptChoice, type ShareSelection } from './share-selection.ts';
