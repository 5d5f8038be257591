import { describe, expect, it } from 'vitest';
import { onAskUnsaved, onSaveNow, saveNow } from '../../src/lib/save-now.ts';

describe('saving before the page goes away', () => {
  it('answers that all is saved when nothing listens', () => {
    expect(saveNow(new EventTarget())).toBe(true);
  });

  it('asks whether anything is unsaved only after every part has saved, whatever order they listened in', () => {
    const page = new EventTarget();
    let pending = true;
    const order: string[] = [];
    // The state module listens first (it loads before the islands), the island with typing second.
    const stopAsking = onAskUnsaved(() => {
      order.push('asked');
      return pending;
    }, page);
    const stopSaving = onSaveNow(() => {
      order.push('saved');
      pending = false;
    }, page);
    expect(saveNow(page)).toBe(true);
    expect(order).toEqual(['saved', 'asked']);
    stopSaving();
    stopAsking();
  });

  it('answers unsaved when any part still holds writing it could not save, and stops listening when told', () => {
    const page = new EventTarget();
    const stop = onAskUnsaved(() => true, page);
    onAskUnsaved(() => false, page);
    expect(saveNow(page)).toBe(false);
    stop();
    expect(saveNow(page)).toBe(true);
  });
});
