import { progress } from './instance.ts';
import { downloadJson, downloadText, exportFileName, type ExportFile } from './export-file.ts';
import { journalOf, type JournalOutline, type ScenarioText } from './journal.ts';
import { journalMarkdown } from './journal-markdown.ts';
import { checkIns } from '../lib/check-ins.ts';
import { icsCalendar } from '../lib/ics.ts';

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

/** Downloads the learner's journal, everything they wrote, as one Markdown file. */
export function downloadJournal(outline: JournalOutline, scenarios: Record<string, ScenarioText>) {
  const now = new Date();
  const journal = journalOf(progress.read().snapshot, outline, scenarios);
  downloadText(journalMarkdown(journal, now), exportFileName(now, 'journal', 'md'), 'text/markdown;charset=utf-8');
}

/** Downloads a calendar file with a check-in on each date a commitment is due (see src/lib/check-ins.ts). */
export function downloadCheckIns() {
  const now = new Date();
  const { events } = checkIns(Object.values(progress.read().snapshot.commitments));
  const calendar = icsCalendar(events, now, '-//From Building to Enabling//Check-ins//EN');
  downloadText(calendar, exportFileName(now, 'check-ins', 'ics'), 'text/calendar;charset=utf-8');
}
