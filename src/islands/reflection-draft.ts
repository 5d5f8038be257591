/**
 * What a reflection box holds against what storage holds, and what to do when they part. Pure, so every path of
 * the two-tab clash is tested without a browser.
 *
 * - `text` is what the learner sees; `dirty` means it is not yet saved.
 * - `theirs` is set while another tab's save and this tab's text disagree and the learner has not yet chosen:
 *   nothing is saved from this tab until they do, so neither version silently replaces the other.
 */
export interface Draft {
  text: string;
  dirty: boolean;
  theirs?: string;
}

export type DraftEvent =
  /** Storage holds `text` and this tab had nothing yet: at hydration. */
  | { type: 'loaded'; text: string }
  | { type: 'typed'; text: string }
  /** This tab's text reached storage. */
  | { type: 'saved'; text: string }
  /**
   * Storage now holds `text`, saved by another tab. `attending`: the learner is looking at this tab (it has focus),
   * so its text must not change under them.
   */
  | { type: 'changed-elsewhere'; text: string; attending: boolean }
  | { type: 'keep-mine' }
  | { type: 'take-theirs' };

export const emptyDraft: Draft = { text: '', dirty: false };

/** The next state; `save` says whether this tab's text must now be written (at once: the learner chose it). */
export function nextDraft(draft: Draft, event: DraftEvent): { draft: Draft; save: boolean } {
  const to = (next: Draft, save = false) => ({ draft: next, save });
  switch (event.type) {
    case 'loaded':
      return draft.dirty ? to(draft) : to({ text: event.text, dirty: false });
    case 'typed':
      return to({ ...draft, text: event.text, dirty: true });
    case 'saved':
      // Typing may have gone on since this save began; only what was saved is clean.
      return to({ ...draft, dirty: draft.text !== event.text });
    case 'changed-elsewhere':
      if (event.text === draft.text) return to({ text: draft.text, dirty: false });
      if (!draft.dirty && !event.attending && draft.theirs === undefined) return to({ text: event.text, dirty: false });
      return to({ ...draft, theirs: event.text });
    case 'keep-mine':
      return to({ text: draft.text, dirty: true }, true);
    case 'take-theirs':
      return to({ text: draft.theirs ?? draft.text, dirty: false });
  }
}
