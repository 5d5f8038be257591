/** What a key does on the presenter screen. */
export type PresenterAction =
  'previous' | 'next' | 'first' | 'last' | 'start-pause' | 'reset' | 'add-minute' | 'full-screen' | 'keys';

/** The keys, as the help dialog lists them; the handler reads the same list, so the two never disagree. */
export const PRESENTER_KEYS: readonly { keys: readonly string[]; names: string; action: PresenterAction; does: string }[] = [
  { keys: ['ArrowRight', 'ArrowDown', 'PageDown'], names: '→ or ↓ or Page Down', action: 'next', does: 'Next step' },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], names: '← or ↑ or Page Up', action: 'previous', does: 'Previous step' },
  { keys: ['Home'], names: 'Home', action: 'first', does: 'First step' },
  { keys: ['End'], names: 'End', action: 'last', does: 'Last step' },
  { keys: [' '], names: 'Space', action: 'start-pause', does: 'Start or pause the timer' },
  { keys: ['r', 'R'], names: 'R', action: 'reset', does: 'Reset the timer' },
  { keys: ['+', '='], names: '+', action: 'add-minute', does: 'Add one minute' },
  { keys: ['f', 'F'], names: 'F', action: 'full-screen', does: 'Enter or leave full screen (Escape also leaves it)' },
  { keys: ['?'], names: '?', action: 'keys', does: 'Show these keys' },
];

const ACTIONS = new Map(PRESENTER_KEYS.flatMap(({ keys, action }) => keys.map((key) => [key, action] as const)));

/**
 * The action for a key press, or null. Keys with Ctrl, Alt or Meta belong to the browser and the system (Alt+←
 * goes back a page), so they are left alone.
 */
export function presenterAction(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }) {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return ACTIONS.get(event.key) ?? null;
}
