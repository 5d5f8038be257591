import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeShare, SHARE_PROBLEM_MESSAGES, type SharePayload, type ShareProblem } from '../progress/shares.ts';
import type { SharedOutline } from './shared-types.ts';
import SharedBrief from './SharedBrief.tsx';
import ShareLinkForm from './ShareLinkForm.tsx';
import { fragmentOf } from './share-fragment.ts';

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
  const focusTarget = useRef<HTMLElement | null>(null);
  const result = useRef<HTMLDivElement>(null);

  const open = async (fragment: string, passphrase?: string) => {
    if (!fragment) return setView({ state: 'empty' });
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

  // After a link opens or fails, focus goes to what it says (never on first load without a link).
  useEffect(() => {
    focusTarget.current = result.current?.querySelector<HTMLElement>('[data-focus-here]') ?? null;
    if (view.state !== 'reading' && view.state !== 'empty' && document.activeElement !== document.body) {
      focusTarget.current?.focus();
    }
  }, [view]);

  // A pasted link goes into the address, so a reload or a bookmark keeps it and the page opens it from there.
  const openPasted = (text: string) => {
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
        <PassphraseForm wrong={view.wrong} onOpen={(passphrase) => void open(view.fragment, passphrase)} />
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
        onOpen(new FormData(event.currentTarget).get('passphrase')?.toString() ?? '');
      }}
    >
      <p tabIndex={-1} data-focus-here class={wrong ? 'notice danger' : ''}>
        {SHARE_PROBLEM_MESSAGES[wrong ? 'wrong-passphrase' : 'passphrase-needed']}
      </p>
      <p class="row">
        <label for="share-passphrase">Passphrase</label>
        <input id="share-passphrase" name="passphrase" type="password" autocomplete="off" required />
        <button type="submit" class="primary">
          Open
        </button>
      </p>
    </form>
  );
}
