import { progress } from './index.ts';
import { buildExportFile, downloadJson, exportFileName } from './export-file.ts';

/** Downloads everything the learner has stored, including anything that could not be read. */
export function downloadProgress() {
  const { snapshot, unreadable } = progress.read();
  downloadJson(buildExportFile(snapshot, unreadable), exportFileName());
}
