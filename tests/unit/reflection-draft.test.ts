import { describe, expect, it } from 'vitest';
import { emptyDraft, nextDraft, type Draft, type DraftEvent } from '../../src/islands/reflection-draft.ts';
import { clipToLength } from '../../src/islands/clip-text.ts';

/** Runs events in order; returns the final draft and which events asked for a save. */
function run(events: DraftEvent[], from: Draft = emptyDraft) {
  let draft = from;
  const saves: string[] = [];
  for (const event of events) {
    const next = nextDraft(draft, event);
    draft = next.draft;
    if (next.save) saves.push(event.type);
  }
  return { draft, saves };
}

describe('a reflection box and another tab', () => {
  it('an idle tab the learner is not looking at shows what the other tab saved', () => {
    const { draft } = run([
      { type: 'loaded', text: 'first' },
      { type: 'changed-elsewhere', text: 'second', attending: false },
    ]);
    expect(draft).toEqual({ text: 'second', dirty: false });
  });

  it('the tab the learner is looking at never changes under them: it asks', () => {
    const { draft } = run([
      { type: 'loaded', text: 'first' },
      { type: 'changed-elsewhere', text: 'second', attending: true },
    ]);
    expect(draft).toEqual({ text: 'first', dirty: false, theirs: 'second' });
  });

  it('unsaved typing is never replaced, and stays unsaved until the learner chooses', () => {
    const { draft, saves } = run([
      { type: 'loaded', text: '' },
      { type: 'typed', text: 'mine' },
      { type: 'changed-elsewhere', text: 'theirs', attending: false },
      { type: 'typed', text: 'mine, and more' },
    ]);
    expect(draft).toEqual({ text: 'mine, and more', dirty: true, theirs: 'theirs' });
    expect(saves).toEqual([]);
  });

  it('"keep mine" saves this tab’s text at once; "use theirs" takes the other text and saves nothing', () => {
    const clash: DraftEvent[] = [
      { type: 'loaded', text: '' },
      { type: 'typed', text: 'mine' },
      { type: 'changed-elsewhere', text: 'theirs', attending: true },
    ];
    expect(run([...clash, { type: 'keep-mine' }])).toEqual({ draft: { text: 'mine', dirty: true }, saves: ['keep-mine'] });
    expect(run([...clash, { type: 'take-theirs' }])).toEqual({ draft: { text: 'theirs', dirty: false }, saves: [] });
  });

  it('a later save elsewhere updates the version offered; agreeing texts end the clash', () => {
    const { draft } = run([
      { type: 'loaded', text: 'a' },
      { type: 'typed', text: 'b' },
      { type: 'changed-elsewhere', text: 'c', attending: true },
      { type: 'changed-elsewhere', text: 'd', attending: true },
    ]);
    expect(draft.theirs).toBe('d');
    expect(nextDraft(draft, { type: 'changed-elsewhere', text: 'b', attending: true }).draft).toEqual({
      text: 'b',
      dirty: false,
    });
  });

  it('a save is clean only for the text it saved', () => {
    expect(
      run([
        { type: 'typed', text: 'ab' },
        { type: 'saved', text: 'ab' },
      ]).draft.dirty,
    ).toBe(false);
    expect(
      run([
        { type: 'typed', text: 'abc' },
        { type: 'saved', text: 'ab' },
      ]).draft.dirty,
    ).toBe(true);
    // Typing before the stored text arrived is not replaced by it.
    expect(
      run([
        { type: 'typed', text: 'early' },
        { type: 'loaded', text: 'stored' },
      ]).draft.text,
    ).toBe('early');
  });
});

describe('clipping text to a length', () => {
  it('keeps short text and never splits a character in two', () => {
    expect(clipToLength('abc', 5)).toBe('abc');
    expect(clipToLength('abcdef', 3)).toBe('abc');
    expect(clipToLength('a😀', 2)).toBe('a');
    expect(clipToLength('😀😀', 3)).toBe('😀');
  });
});
