/**
 * Before the page goes away on purpose (the update notice's reload), every part of it that holds typing not yet
 * written writes it now, and the state module says whether everything is in storage. Two events, in this order, so
 * that the answer comes after the writes whatever order the listeners were added in.
 */
const SAVE = 'course:save-now';
const ASK = 'course:anything-unsaved';

type AskEvent = CustomEvent<{ unsaved: boolean }>;

/** Saves what can be saved; true when nothing the learner wrote is held in memory only. */
export function saveNow(target: EventTarget = globalThis): boolean {
  target.dispatchEvent(new Event(SAVE));
  const ask: AskEvent = new CustomEvent(ASK, { detail: { unsaved: false } });
  target.dispatchEvent(ask);
  return !ask.detail.unsaved;
}

/** For a part with typing to write: `save` runs on each request. Returns a function that stops listening. */
export function onSaveNow(save: () => void, target: EventTarget = globalThis): () => void {
  target.addEventListener(SAVE, save);
  return () => target.removeEventListener(SAVE, save);
}

/** For whatever knows of unsaved writing: `isUnsaved` is asked after every save request. */
export function onAskUnsaved(isUnsaved: () => boolean, target: EventTarget = globalThis): () => void {
  const listener = (event: Event) => {
    if (isUnsaved()) (event as AskEvent).detail.unsaved = true;
  };
  target.addEventListener(ASK, listener);
  return () => target.removeEventListener(ASK, listener);
}
