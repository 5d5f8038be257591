/** The reader's colour theme: a fixed choice, or whatever the operating system prefers. */
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'fbe:theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

/** The theme to paint for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/**
 * Runs in <head> before the body is parsed. It must be tiny, self-contained and never throw: storage may be
 * blocked, in which case the system theme is used.
 */
export const THEME_BOOTSTRAP_SCRIPT = `(function(){var c='system';try{c=localStorage.getItem('${THEME_STORAGE_KEY}')||c}catch(e){}var d=c==='dark'||(c!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light'})();`;
