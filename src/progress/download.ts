import { progress } from './instance.ts';
import { downloadJson, exportFileName, type ExportFile } from './export-file.ts';

/** Downloads everything the learner has stored, including anything that could not be read. */
export function downloadProgress() {
  downloadJson(progress.exportFile(), exportFileName());
}

/** Downloads the values kept aside because they could not be read, exactly as they were found. */
export function downloadKeptAside() {
  downloadJson(progress.keptAside(), exportFileName(new Date(), 'unreadable-data'));
}

/** Downloads the copy of the learner's progress taken just before an import replaced it. */
export function downloadBackup(backup: ExportFile) {
  downloadJson(backup, exportFileName(new Date(), 'backup'));
}
