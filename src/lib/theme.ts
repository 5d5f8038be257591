/**
 * The reader's colour theme: a fixed choice, or whatever the operating system prefers. The choice is a display
 * preference, not progress, so it lives under its own key outside the progress data, and this module is the only
 * code that reads or writes it (the first-paint script is built from the same names).
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'fbe-theme';
/** Where the choice was kept before it moved out of the progress data; still read, and cleared on the next save. */
export const LEGACY_THEME_STORAGE_KEY = 'fbe:theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

/** The theme to paint for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** The stored choice; 'system' when there is none or storage is blocked. */
export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY) ?? localStorage.getItem(LEGACY_THEME_STORAGE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers a choice when storage allows; when it does not, the theme still applies to this page. */
export function saveThemeChoice(choice: ThemeChoice) {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, choice);
    localStorage.removeItem(LEGACY_THEME_STORAGE_KEY);
  } catch {
    // Storage is full or blocked.
  }
}

/** Forgets the choice (part of "Delete all my data"); the system's preference applies again. */
export function forgetThemeChoice() {
  try {
    localStorage.removeItem(THEME_STORAGE_KEY);
    localStorage.removeItem(LEGACY_THEME_STORAGE_KEY);
  } catch {
    // Storage is blocked: nothing was stored.
  }
}

/** Calls `listener` when another tab changes the choice. */
export function onThemeChoiceChange(listener: (choice: ThemeChoice) => void) {
  addEventListener('storage', (event) => {
    if (event.key === THEME_STORAGE_KEY || event.key === LEGACY_THEME_STORAGE_KEY || event.key === null)
      listener(readThemeChoice());
  });
}
