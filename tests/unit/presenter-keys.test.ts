import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../src/lib/presenter-keys.ts';

describe('the presenter screen’s keys', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
    presenterAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

  it('move between steps, run the timer, toggle full screen and list themselves', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowDown', 'ArrowLeft', 'PageUp', 'ArrowUp', 'Home', 'End'].map((k) => press(k))).toEqual(
      ['next', 'next', 'next', 'previous', 'previous', 'previous', 'first', 'last'],
    );
    expect([' ', 'f', 'F', '?', 'r', '+'].map((k) => press(k))).toEqual([
      'start-pause',
      'full-screen',
      'full-screen',
      'keys',
      'reset',
      'add-minute',
    ]);
  });

  it('leave other keys, and the browser’s shortcuts, alone', () => {
    expect(press('a')).toBeNull();
    expect(press('Escape')).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
  });
});
