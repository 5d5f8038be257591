import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { progress } from '../progress/index.ts';
import { isUnreadable } from '../progress/records.ts';
import { debounce } from '../lib/debounce.ts';
import { countWords } from '../lib/words.ts';
import { useHydrated, useStored } from './hooks.ts';
import { formatTime, saveStatus } from './save-status.ts';

interface Props {
  id: string;
  lesson: string;
  /** The id of the element holding the prompt, which labels the text box. */
  labelledBy: string;
}

const SAVE_AFTER_MS = 500;

/** A written reflection: autosaved as the learner types, flushed when the page is hidden or closed. */
export default function Reflection({ id, lesson, labelledBy }: Props) {
  const hydrated = useHydrated();
  const store = progress.recordStore('reflection', id);
  const stored = useStored(store, undefined);
  const storedText = stored && !isUnreadable(stored) ? stored.text : '';
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<string | undefined>();
  const synced = useRef<string | undefined>(undefined);
  // The text to save: set on every keystroke, not on render, so a flush right after typing has the last key.
  const latest = useRef('');

  const saver = useMemo(
    () =>
      debounce(() => {
        const saved = progress.saveReflection(id, lesson, latest.current);
        synced.current = latest.current;
        setStatus(saveStatus(saved, progress.$health.get()));
      }, SAVE_AFTER_MS),
    [id, lesson],
  );

  // Take in what storage holds: at hydration, and whenever another tab saves. Never over unsaved typing.
  useEffect(() => {
    if (!hydrated || storedText === synced.current) return;
    if (saver.pending || (synced.current !== undefined && text !== synced.current)) {
      setConflict(storedText);
      return;
    }
    synced.current = storedText;
    latest.current = storedText;
    setText(storedText);
  }, [hydrated, storedText]);

  useEffect(() => {
    const flush = () => saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      saver.flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver]);

  const onInput = (value: string) => {
    latest.current = value;
    setText(value);
    setStatus('');
    saver.schedule();
  };
  const resolveConflict = (keepMine: boolean) => {
    if (keepMine) saver.schedule();
    else {
      synced.current = conflict;
      latest.current = conflict ?? '';
      setText(latest.current);
    }
    setConflict(undefined);
  };

  const words = countWords(text);
  const savedAt = stored && !isUnreadable(stored) && stored.text === text ? stored.savedAt : undefined;
  return (
    <div class="reflection">
      <textarea
        id={`${id}-text`}
        rows={6}
        aria-labelledby={labelledBy}
        aria-describedby={`${id}-meta`}
        disabled={!hydrated}
        value={hydrated ? text : ''}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class="exercise-meta" id={`${id}-meta`}>
        <span>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        {saver.pending && <span aria-hidden="true">Saving…</span>}
        {savedAt && !saver.pending && <span>Last saved {formatTime(savedAt)}</span>}
      </p>
      <p class={`save-status ${status && status !== 'Saved' ? 'problem' : ''}`} role="status">
        {status}
      </p>
      {hydrated && isUnreadable(stored) && (
        <p class="notice">
          What was saved here before could not be read. It has been kept aside, and you can download it from My progress.
        </p>
      )}
      {conflict !== undefined && (
        <div class="notice" role="alert">
          <p>This reflection was changed in another tab while you were typing here.</p>
          <button type="button" onClick={() => resolveConflict(true)}>
            Keep what I typed here
          </button>{' '}
          <button type="button" onClick={() => resolveConflict(false)}>
            Use the other tab's version
          </button>
        </div>
      )}
    </div>
  );
}
