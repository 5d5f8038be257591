import { useRef, useState } from 'preact/hooks';
import { decodeShare } from '../progress/shares.ts';
import { cohortLines, summariseCohort, type Cohort, type CohortOutline } from '../lib/cohort.ts';
import { cohortCsv, cohortCsvFileName } from '../lib/cohort-csv.ts';
import { downloadText } from '../lib/download-text.ts';
import { fragmentOf } from './share-fragment.ts';
import CohortSummary from './CohortSummary.tsx';
import CohortKeep from './CohortKeep.tsx';

const count = (n: number, thing: string) => `${n} ${thing}${n === 1 ? '' : 's'}`;

/** The largest file of links read: far more than any cohort's links, small enough to read at once. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The facilitator's view of a cohort: many share links read at once, in this browser, through the share door (which
 * never opens storage), and summarised. Nothing is stored unless the facilitator keeps the cohort (CohortKeep).
 */
export default function CohortDashboard({ outline }: { outline: CohortOutline }) {
  const [cohort, setCohort] = useState<Cohort | undefined>();
  const [lines, setLines] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState('');
  const [showNames, setShowNames] = useState(false);
  const [fileName, setFileName] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const field = () => form.current!.elements.namedItem('links') as HTMLTextAreaElement;

  const read = async () => {
    const data = new FormData(form.current!);
    const text = data.get('links');
    const passphrase = data.get('passphrase');
    const found = cohortLines(typeof text === 'string' ? text : '');
    if (found.length === 0) {
      setStatus('There are no links to read: paste the participants’ share links, one a line.');
      return;
    }
    setReading(true);
    setStatus('Reading the links…');
    const read = await Promise.all(
      found.map(async ({ line, text }) => ({
        line,
        result: await decodeShare(fragmentOf(text), { passphrase: typeof passphrase === 'string' ? passphrase : '' }),
      })),
    );
    const next = summariseCohort(read, outline);
    setCohort(next);
    setLines(found.map((l) => l.text));
    setReading(false);
    const notRead = next.problems.length ? `; ${next.problems.length} not read, listed by line` : '';
    setStatus(`Read ${count(found.length, 'link')}: ${count(next.participants.length, 'participant')}${notRead}.`);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_FILE_BYTES) {
      setStatus(`That file is larger than a file of links can be (${MAX_FILE_BYTES / 1024 / 1024} MB), so it was not read.`);
      return;
    }
    field().value = await file.text();
    await read();
  };

  const restore = (links: string[]) => {
    if (field().value.trim() !== '') return;
    field().value = links.join('\n');
    void read();
  };

  return (
    <div class="cohort-dashboard">
      <form
        ref={form}
        method="dialog"
        class="cohort-form card"
        onSubmit={(event) => {
          event.preventDefault();
          void read();
        }}
      >
        <p>
          <label htmlFor="cohort-links">Participants’ share links, one a line</label>
          <textarea
            id="cohort-links"
            name="links"
            rows={8}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="cohort-links-hint"
            placeholder="https://…/shared/#1.p…"
            onDragOver={(event) => {
              if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
            }}
            onDrop={(event) => {
              const file = event.dataTransfer?.files[0];
              if (!file) return;
              event.preventDefault();
              void readFile(file);
            }}
          />
          <span id="cohort-links-hint" class="meta">
            Paste them, or drop a text file of them here. They are read in this browser: nothing is sent anywhere.
          </span>
        </p>
        <p class="file-picker">
          <input
            id="cohort-file"
            class="visually-hidden"
            type="file"
            accept=".txt,.csv,text/plain"
            aria-describedby="cohort-file-name"
            onChange={(event) => void readFile(event.currentTarget.files?.[0])}
          />
          <label htmlFor="cohort-file" class="button">
            Choose a file of links…
          </label>{' '}
          <span id="cohort-file-name" class="meta">
            {fileName ?? 'No file chosen'}
          </span>
        </p>
        <p>
          <label htmlFor="cohort-passphrase">The cohort’s passphrase, if its links have one</label>
          <input id="cohort-passphrase" name="passphrase" type="password" autocomplete="off" />
        </p>
        <p>
          <button type="submit" class="primary" disabled={reading}>
            Read the links
          </button>
        </p>
      </form>

      <p class="visually-hidden" role="status">
        {status}
      </p>
      {reading && <p class="meta">Reading the links…</p>}

      {cohort && (
        <section class="cohort-results" aria-labelledby="cohort-heading">
          <h2 id="cohort-heading">The cohort</h2>
          <div class="cohort-tools row">
            <label>
              <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.currentTarget.checked)} /> Show names
            </label>
            <button
              type="button"
              onClick={() => downloadText(cohortCsv(cohort, { showNames }), cohortCsvFileName(), 'text/csv;charset=utf-8')}
            >
              Download as CSV
            </button>
          </div>
          <p class="meta">Participants are numbered until you show names; the CSV holds names only while they are shown.</p>
          <CohortSummary cohort={cohort} showNames={showNames} />
        </section>
      )}

      <CohortKeep lines={lines} onRestore={restore} />
    </div>
  );
}
