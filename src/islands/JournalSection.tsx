import { useState } from 'preact/hooks';
import { loadJournalTools, type JournalOutline } from '../progress/index.ts';
import { href } from '../lib/urls.ts';
import { loadScenarioTexts } from './scenario-texts.ts';

interface Props {
  outline: JournalOutline;
  /** The scenarios the learner has answered, whose texts the journal fetches when asked for. */
  answered: string[];
}

/** My progress's way to the learner's journal: read and print it on its own page, or download it as Markdown. */
export default function JournalSection({ outline, answered }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setStatus('Preparing your journal…');
    const [{ downloadJournal }, scenarios] = await Promise.all([loadJournalTools(), loadScenarioTexts(answered, outline)]);
    downloadJournal(outline, scenarios);
    setBusy(false);
    setStatus('Your journal was downloaded as a Markdown file.');
  };

  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">Your journal</h2>
      <p>
        Everything you wrote in the course in one document, in course order: reflections, decisions, self-assessments and
        commitments. Read it and print it as a workbook, or download it as a Markdown file that opens in any text editor.
      </p>
      <p class="journal-actions">
        <a class="button" href={href('progress/journal/')}>
          Open my journal
        </a>{' '}
        <button type="button" onClick={() => void download()} disabled={busy}>
          Download my journal
        </button>
      </p>
      <p role="status" class="meta">
        {status}
      </p>
    </section>
  );
}
