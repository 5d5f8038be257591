import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeShare, SHARE_PROBLEM_MESSAGES, type SharePayload, type ShareProblem } from '../progress/shares.ts';
import type { SharedOutline } from './shared-types.ts';
import SharedBrief from './SharedBrief.tsx';
import ShareLinkForm from './ShareLinkForm.tsx';
import { fragmentOf } from '../lib/share-fragment.ts';

type View =
  | { state: 'reading' }
  | { state: 'empty' }
  | { state: 'locked'; fragment: string; wrong: boolean }
  | { state: 'problem'; problem: ShareProblem }
  | { state: 'open'; payload: SharePayload };

/**
 * The mentor's view: opens the share link in the page's address (its fragment), or one pasted in, asking for a
 * passphrase when the link has one. Imports only the share door (src/progress/shares.ts), so the viewer's own stored
 * progress is never read, written or migrated here.
 */
export default function SharedView({ outline }: { outline: SharedOutline }) {
  const [view, setView] = useState<View>({ state: 'reading' });
  const [status, setStatus] = useState('');
  const result = useRef<HTMLDivElement>(null);
  // Set when the learner's mentor opened a link from the page (pasted, or a passphrase): focus then goes to what it
  // says. A link opened from the address on load leaves focus where the page starts.
  const asked = useRef(false);

  const open = async (fragment: string, passphrase?: string) => {
    if (!fragment) return setView({ state: 'empty' });
    // A passphrase takes a moment to check (it is stretched 600,000 times), so say that something is happening.
    setView({ state: 'reading' });
    const opened = await decodeShare(fragment, { passphrase });
    if (opened.ok) {
      setView({ state: 'open', payload: opened.payload });
      setStatus(`Opened progress shared by ${opened.payload.name || 'a learner'}.`);
    } else if (opened.problem === 'passphrase-needed' || opened.problem === 'wrong-passphrase') {
      setView({ state: 'locked', fragment, wrong: opened.problem === 'wrong-passphrase' });
      setStatus(SHARE_PROBLEM_MESSAGES[opened.problem]);
    } else {
      setView({ state: 'problem', problem: opened.problem });
      setStatus(SHARE_PROBLEM_MESSAGES[opened.problem]);
    }
  };

  useEffect(() => {
    const read = () => void open(fragmentOf(location.hash));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (!asked.current || view.state === 'reading') return;
    asked.current = false;
    result.current?.querySelector<HTMLElement>('[data-focus-here]')?.focus();
  }, [view]);

  // A pasted link goes into the address, so a reload or a bookmark keeps it and the page opens it from there.
  const openPasted = (text: string) => {
    asked.current = true;
    const fragment = fragmentOf(text);
    if (`#${fragment}` === location.hash) void open(fragment);
    else location.hash = fragment;
  };

  return (
    <div class="shared-view" ref={result}>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {view.state === 'reading' && <p class="meta">Opening the link…</p>}
      {view.state === 'problem' && (
        <p class="notice danger" tabIndex={-1} data-focus-here>
          {SHARE_PROBLEM_MESSAGES[view.problem]}
        </p>
      )}
      {view.state === 'locked' && (
        <PassphraseForm
          wrong={view.wrong}
          onOpen={(passphrase) => {
            asked.current = true;
            void open(view.fragment, passphrase);
          }}
        />
      )}
      {view.state === 'open' && <SharedBrief payload={view.payload} outline={outline} />}
      {view.state !== 'reading' && view.state !== 'locked' && (
        <ShareLinkForm
          legend={view.state === 'open' ? 'Open another share link' : 'Open a share link'}
          action="Open"
          onSubmit={openPasted}
        />
      )}
      <p class="meta">
        New to mentoring with this course? Read <a href={outline.mentoringHref}>how to mentor with this course</a>.
      </p>
    </div>
  );
}

function PassphraseForm({ wrong, onOpen }: { wrong: boolean; onOpen: (passphrase: string) => void }) {
  return (
    <form
      class="card passphrase-form"
      onSubmit={(event) => {
        event.preventDefault();
        const passphrase = new FormData(event.currentTarget).get('passphrase');
        onOpen(typeof passphrase === 'string' ? passphrase : '');
      }}
    >
      <p tabIndex={-1} data-focus-here class={wrong ? 'notice danger' : ''}>
        {SHARE_PROBLEM_MESSAGES[wrong ? 'wrong-passphrase' : 'passphrase-needed']}
      </p>
      <p class="row">
        <label htmlFor="share-passphrase">Passphrase</label>
        <input id="share-passphrase" name="passphrase" type="password" autocomplete="off" required />
        <button type="submit" class="primary">
          Open
        </button>
      </p>
    </form>
  );
}
