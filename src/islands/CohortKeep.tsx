import { useEffect, useRef, useState } from 'preact/hooks';
import type { CohortRecord, StorageHealth } from '../progress/index.ts';
import { longDate } from '../lib/format.ts';

/** The state module, loaded after the page is up: reading links never needs it, only keeping and forgetting them. */
const loadDoor = () => import('./cohort-store.ts');
type Door = Awaited<ReturnType<typeof loadDoor>>;
type Kept = CohortRecord | 'unreadable' | undefined;

const NOT_KEPT: Record<StorageHealth, string> = {
  working: 'The cohort could not be kept.',
  full: 'Not kept: this browser’s storage for the course is full. The cohort stays on this page until you close it.',
  blocked: 'Not kept: this browser does not let the course keep anything. The cohort stays on this page until you close it.',
  newer: 'Not kept: a newer version of the course is open in this browser. Reload the page, then keep the cohort again.',
};

interface Props {
  /** The lines of the cohort on screen, as read; empty before any are read. */
  lines: string[];
  /** Called once, when a kept cohort is found and nothing has been read yet, with its links. */
  onRestore: (links: string[]) => void;
}

/**
 * "Keep this cohort in this browser", and forgetting it: the only part of the dashboard that stores anything, and
 * only when asked. It keeps the links, never the passphrase, through the state module like any learner record.
 */
export default function CohortKeep({ lines, onRestore }: Props) {
  const [door, setDoor] = useState<Door | undefined>();
  const [kept, setKept] = useState<Kept>();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const restore = useRef(onRestore);
  restore.current = onRestore;

  useEffect(() => {
    let stop: (() => void) | undefined;
    let restored = false;
    loadDoor().then(
      (loaded) => {
        setDoor(loaded);
        stop = loaded.keptCohort().subscribe((record) => {
          const value: Kept = !record || 'links' in record ? record : 'unreadable';
          setKept(value);
          if (!restored && value && value !== 'unreadable') restore.current(value.links);
          restored = true;
        });
      },
      () => setFailed(true),
    );
    return () => stop?.();
  }, []);

  if (failed) {
    return <p class="notice">Keeping a cohort in this browser is not available right now: reload the page to try again.</p>;
  }
  if (!door) return null;
  const { progress, keepCohort, MAX_COHORT_LINKS } = door;
  const same = kept !== undefined && kept !== 'unreadable' && kept.links.join('\n') === lines.join('\n');

  const keep = () => {
    let saved: boolean;
    try {
      saved = keepCohort(lines);
    } catch {
      // Refused before anything was written: more links than the record holds (records.ts), or a line too long.
      setStatus(`Not kept: a kept cohort holds at most ${MAX_COHORT_LINKS} links, each no longer than a share link.`);
      return;
    }
    setStatus(saved ? 'Kept in this browser. It will be here when you come back.' : NOT_KEPT[progress.$health.get()]);
  };
  const forget = () => {
    const done = keepCohort(undefined);
    setStatus(done ? 'Forgotten: this browser no longer keeps the cohort.' : NOT_KEPT[progress.$health.get()]);
  };

  return (
    <section class="cohort-keep card" aria-labelledby="cohort-keep-heading">
      <h2 id="cohort-keep-heading">Keep in this browser</h2>
      {kept === 'unreadable' && (
        <p class="notice">
          The cohort kept in this browser could not be read. It has been set aside, not deleted: My progress can download it.
        </p>
      )}
      {kept && kept !== 'unreadable' && (
        <p>
          {same ? 'This cohort' : `A cohort of ${kept.links.length} links`} is kept in this browser (since {longDate(kept.keptAt)}
          ). Its passphrase is never kept.
        </p>
      )}
      {!kept && (
        <p class="meta">
          Nothing is stored unless you keep the cohort: then its links (never the passphrase) stay in this browser, like a
          learner’s progress, until you forget them.
        </p>
      )}
      <p class="row">
        {lines.length > 0 && !same && (
          <button type="button" onClick={keep}>
            Keep this cohort in this browser
          </button>
        )}
        {kept && (
          <button type="button" class="danger" onClick={forget}>
            Forget this cohort
          </button>
        )}
      </p>
      <p role="status" class="meta">
        {status}
      </p>
    </section>
  );
}
