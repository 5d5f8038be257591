import { useMemo, useRef, useState } from 'preact/hooks';
import { decodeShare } from '../progress/shares.ts';
import { cohortLines, type Cohort, type CohortOutline } from '../lib/cohort.ts';
import { readCohort, readingProgress } from '../lib/cohort-read.ts';
import { cohortCsv, cohortCsvFileName } from '../lib/cohort-csv.ts';
import { countOf } from '../lib/format.ts';
import { newestOnly } from '../lib/newest-only.ts';
import { throttle } from '../lib/throttle.ts';
import CohortSummary from './CohortSummary.tsx';
import CohortKeep from './CohortKeep.tsx';

/** The largest file of links read: far more than any cohort's links, small enough to read at once. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** How often, at most, the live region says how far a long read has got: enough to reassure, too little to chatter. */
const ANNOUNCE_EVERY_MS = 3_000;

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The facilitator's view of a cohort: many share links read at once, in this browser, through the share door (which
 * never opens storage), and summarised. Nothing is stored unless the facilitator keeps the cohort (CohortKeep).
 */
export default function CohortDashboard({ outline }: { outline: CohortOutline }) {
  const [cohort, setCohort] = useState<Cohort | undefined>();
  const [lines, setLines] = useState<string[]>([]);
  /** How far the read under way has got; undefined when none is. */
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [showNames, setShowNames] = useState(false);
  const [fileName, setFileName] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const field = () => form.current!.elements.namedItem('links') as HTMLTextAreaElement;
  const requests = useMemo(newestOnly, []);
  const announce = useMemo(() => throttle(setStatus, ANNOUNCE_EVERY_MS), []);

  const fail = (message: string) => {
    setFailure(message);
    announce.now(message);
  };

  /**
   * Reads the links in the field, after putting a file's text there if one is given. A read started meanwhile (a
   * file dropped, the links read again) overtakes this one, which then opens no more links and shows nothing.
   */
  const read = async (file?: File) => {
    const signal = requests.start();
    setFailure('');
    try {
      if (file) {
        const text = await file.text();
        if (signal.aborted) return;
        field().value = text;
      }
      const data = new FormData(form.current!);
      const text = data.get('links');
      const passphrase = data.get('passphrase');
      const found = cohortLines(typeof text === 'string' ? text : '');
      if (found.length === 0) {
        announce.now('There are no links to read: paste the participants’ share links, one a line.');
        return;
      }
      setCohort(undefined);
      setReading({ done: 0, total: found.length });
      announce.now(readingProgress(0, found.length));
      const next = await readCohort(found, {
        decode: decodeShare,
        passphrase: typeof passphrase === 'string' ? passphrase : '',
        outline,
        signal,
        onRead: (done, total) => {
          if (signal.aborted) return;
          setReading({ done, total });
          announce.call(readingProgress(done, total));
        },
      });
      setCohort(next);
      setLines(found.map((l) => l.text));
      const notRead = next.problems.length ? `; ${next.problems.length} not read, listed by line` : '';
      announce.now(`Read ${countOf(found.length, 'link')}: ${countOf(next.participants.length, 'participant')}${notRead}.`);
    } catch {
      if (signal.aborted) return;
      fail(
        file
          ? 'That file could not be read: choose it again, or paste its links instead.'
          : 'The links could not be read. Reload the page and try again.',
      );
    } finally {
      if (!signal.aborted) setReading(undefined);
    }
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_FILE_BYTES) {
      fail(`That file is larger than a file of links can be (${MAX_FILE_BYTES / 1024 / 1024} MB), so it was not read.`);
      return;
    }
    void read(file);
  };

  /** A kept cohort is read when the page opens, unless the facilitator has already started reading links. */
  const restore = (links: string[]) => {
    if (requests.started || field().value.trim() !== '') return;
    field().value = links.join('\n');
    void read();
  };

  return (
    // A file dropped anywhere on the dashboard is read, rather than opened by the browser in place of the page.
    <div
      class="cohort-dashboard"
      onDragOver={(event) => {
        if (hasFiles(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        readFile(file);
      }}
    >
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
            onChange={(event) => readFile(event.currentTarget.files?.[0])}
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
          <input
            id="cohort-passphrase"
            name="passphrase"
            type="password"
            autocomplete="off"
            aria-describedby="cohort-passphrase-hint"
          />
          <span id="cohort-passphrase-hint" class="meta">
            Links with a passphrase take a moment each to open (the lock is made slow to guess on purpose), so a cohort of them
            takes a while: the page counts the links as it reads them.
          </span>
        </p>
        <p>
          <button type="submit" class="primary">
            Read the links
          </button>
        </p>
      </form>

      <p class="visually-hidden" role="status">
        {status}
      </p>
      {reading && (
        <div class="cohort-reading">
          <p id="cohort-reading-text" class="meta">
            {readingProgress(reading.done, reading.total)}
          </p>
          <progress value={reading.done} max={reading.total} aria-labelledby="cohort-reading-text" />
        </div>
      )}
      {failure && <p class="notice">{failure}</p>}

      {cohort && (
        <section class="cohort-results" aria-labelledby="cohort-heading">
          <h2 id="cohort-heading">The cohort</h2>
          <div class="cohort-tools row">
            <label>
              <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.currentTarget.checked)} /> Show names
            </label>
            <button
              type="button"
              onClick={() => {
                const csv = cohortCsv(cohort, { showNames });
                // The download code comes with the module loaded for keeping a cohort (loaded by now): it is the state
                // module's own, so lesson pages carry it in the state module's chunk rather than in one more file.
                import('./cohort-store.ts').then(
                  ({ downloadText }) => downloadText(csv, cohortCsvFileName(), 'text/csv;charset=utf-8'),
                  () => fail('The CSV could not be made: reload the page and try again.'),
                );
              }}
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
