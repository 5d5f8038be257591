import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isUnreadable, MAX_REFLECTION_LENGTH, progress } from '../progress/index.ts';
import { debounce } from '../lib/debounce.ts';
import { countWords } from '../lib/words.ts';
import { useHydrated, useStored } from './hooks.ts';
import { formatTime, saveStatus } from './save-status.ts';
import { emptyDraft, nextDraft, type Draft, type DraftEvent } from './reflection-draft.ts';
import { clipToLength } from './clip-text.ts';
import { onAskUnsaved, onSaveNow } from '../lib/save-now.ts';

interface Props {
  id: string;
  lesson: string;
  /** The id of the element holding the prompt, which labels the text box. */
  labelledBy: string;
}

const SAVE_AFTER_MS = 500;
/** Say how much room is left once a reflection is this close to the limit. */
const WARN_WITHIN = 5_000;
const NUMBER = new Intl.NumberFormat();

/**
 * A written reflection: autosaved as the learner types, flushed when the page is hidden or closed. When another tab
 * saves a different text, the learner chooses which to keep; until then neither tab saves over the other.
 */
export default function Reflection({ id, lesson, labelledBy }: Props) {
  const hydrated = useHydrated();
  const stored = useStored(progress.recordStore('reflection', id), undefined);
  const storedText = stored && !isUnreadable(stored) ? stored.text : '';
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  // The latest draft, updated on every event rather than on render, so a flush right after typing has the last key.
  const latest = useRef<Draft>(emptyDraft);
  const [saved, setSaved] = useState<boolean | undefined>();
  // The text this tab saved last: storage holding it again is this tab's own save coming back, not a clash.
  const ownSave = useRef<string | undefined>(undefined);
  // False until what storage holds is in the box (the first render after hydration), when typing becomes possible.
  const [ready, setReady] = useState(false);
  const loaded = useRef(false);
  const [clipped, setClipped] = useState(false);

  // The autosave timer and the draft's transitions need each other, so they are made together, once per exercise.
  const { saver, dispatch } = useMemo(() => {
    function dispatch(event: DraftEvent) {
      const { draft: next, save } = nextDraft(latest.current, event);
      latest.current = next;
      setDraft(next);
      if (next.theirs !== undefined) saver.cancel();
      if (save) {
        saver.schedule();
        saver.flush();
      }
    }
    const saver = debounce(() => {
      const { text, dirty, theirs } = latest.current;
      if (!dirty || theirs !== undefined) return;
      ownSave.current = text;
      setSaved(progress.saveReflection(id, lesson, text));
      dispatch({ type: 'saved', text });
    }, SAVE_AFTER_MS);
    return { saver, dispatch };
  }, [id, lesson]);

  // Take in what storage holds: at hydration, and whenever another tab saves.
  useEffect(() => {
    if (!hydrated || storedText === ownSave.current) return;
    // The first time is the load: the box becomes editable only then, so nothing can be typed over a saved text the
    // box does not show yet. Every later change came from another tab.
    if (!loaded.current) {
      loaded.current = true;
      dispatch({ type: 'loaded', text: storedText });
      setReady(true);
    } else dispatch({ type: 'changed-elsewhere', text: storedText, attending: document.hasFocus() });
    ownSave.current = undefined;
  }, [hydrated, storedText, dispatch]);

  useEffect(() => {
    const flush = () => saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
    // While the learner has not chosen between two tabs' versions, leaving would lose this one: let the browser ask.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.theirs !== undefined && latest.current.dirty) event.preventDefault();
    };
    addEventListener('pagehide', flush);
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    // Before the update notice reloads the page: save now, and a text waiting on the two-tab choice counts as unsaved.
    const stopSaving = onSaveNow(flush);
    const stopAnswering = onAskUnsaved(() => latest.current.theirs !== undefined && latest.current.dirty);
    return () => {
      stopSaving();
      stopAnswering();
      saver.flush();
      removeEventListener('pagehide', flush);
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saver]);

  const onInput = (element: HTMLTextAreaElement) => {
    // The box's maxlength stops typing at the limit; a paste or a script can still go past it, so clip here too.
    const text = clipToLength(element.value, MAX_REFLECTION_LENGTH);
    setClipped(text !== element.value);
    if (text !== element.value) element.value = text;
    setSaved(undefined);
    dispatch({ type: 'typed', text });
    if (latest.current.theirs === undefined) saver.schedule();
  };

  const { text, theirs } = draft;
  const words = countWords(text);
  const left = MAX_REFLECTION_LENGTH - text.length;
  const clash = theirs !== undefined;
  const status = clash
    ? 'Not saved yet: choose which version to keep.'
    : saved === undefined
      ? ''
      : saveStatus(saved, progress.$health.get());
  // "Last saved" describes storage: only while this text is what storage holds and the last save did not fail.
  const savedAt =
    !clash && saved !== false && stored && !isUnreadable(stored) && stored.text === text ? stored.savedAt : undefined;
  return (
    <div class="reflection">
      <textarea
        id={`${id}-text`}
        rows={6}
        aria-labelledby={labelledBy}
        aria-describedby={`${id}-meta`}
        maxLength={MAX_REFLECTION_LENGTH}
        // Read-only (not disabled) until the saved text is in, so the box is still reached by Tab, which hydrates it.
        readOnly={!ready}
        value={ready ? text : ''}
        onInput={(e) => onInput(e.currentTarget)}
      />
      <p class="exercise-meta" id={`${id}-meta`}>
        <span>
          {NUMBER.format(words)} {words === 1 ? 'word' : 'words'}
        </span>
        {left <= WARN_WITHIN && (
          <span>
            {left > 0
              ? `${NUMBER.format(left)} characters left of ${NUMBER.format(MAX_REFLECTION_LENGTH)}`
              : `This reflection has reached the limit of ${NUMBER.format(MAX_REFLECTION_LENGTH)} characters`}
          </span>
        )}
        {saver.pending && <span aria-hidden="true">Saving…</span>}
        {savedAt && !saver.pending && <span>Last saved {formatTime(savedAt)}</span>}
      </p>
      <p class={`save-status ${status && status !== 'Saved' ? 'problem' : ''}`} role="status">
        {status}
        {clipped &&
          ` A reflection can hold up to ${NUMBER.format(MAX_REFLECTION_LENGTH)} characters; what went past that was not added.`}
      </p>
      {hydrated && isUnreadable(stored) && (
        <p class="notice">
          What was saved here before could not be read. It has been kept aside, and you can download it from My progress.
        </p>
      )}
      {clash && (
        <div class="notice" role="alert">
          <p>This reflection was changed in another tab. Which version do you want to keep? The other one will be replaced.</p>
          <button type="button" onClick={() => dispatch({ type: 'keep-mine' })}>
            Keep this tab's version
          </button>{' '}
          <button type="button" onClick={() => dispatch({ type: 'take-theirs' })}>
            Use the other tab's version
          </button>
        </div>
      )}
    </div>
  );
}
