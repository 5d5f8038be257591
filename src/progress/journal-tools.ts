import { progress } from './instance.ts';
import { exportFileName } from './export-file.ts';
import { journalOf, type JournalOutline, type ScenarioText } from './journal.ts';
import { journalMarkdown } from './journal-markdown.ts';
import { checkIns } from '../lib/check-ins.ts';
import { icsCalendar } from '../lib/ics.ts';
import { downloadText } from '../lib/download-text.ts';

/**
 * The journal and the calendar check-ins: loaded only when a learner asks for them (index.ts, loadJournalTools), so
 * the code every island shares stays light.
 */
export { journalOf };

/** Downloads the learner's journal, everything they wrote, as one Markdown file. */
export function downloadJournal(outline: JournalOutline, scenarios: Record<string, ScenarioText>) {
  const now = new Date();
  const journal = journalOf(progress.$stored.get().snapshot, outline, scenarios);
  downloadText(journalMarkdown(journal, now), exportFileName(now, 'journal', 'md'), 'text/markdown;charset=utf-8');
}

/** Downloads a calendar file with a check-in on each date a commitment is due (see src/lib/check-ins.ts). */
export function downloadCheckIns() {
  const now = new Date();
  const { events } = checkIns(Object.values(progress.$stored.get().snapshot.commitments));
  const calendar = icsCalendar(events, now, '-//From Building to Enabling//Check-ins//EN');
  downloadText(calendar, exportFileName(now, 'check-ins', 'ics'), 'text/calendar;charset=utf-8');
}
