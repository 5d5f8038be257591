import { THEME_STORAGE_KEY, isThemeChoice, resolveTheme, type ThemeChoice } from '../lib/theme.ts';

const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: ThemeChoice) {
  document.documentElement.dataset.theme = resolveTheme(choice, darkQuery.matches);
}

/** Wires the theme select: remembers the choice (when storage allows) and follows the system when asked to. */
export function startThemeSwitch() {
  const label = document.querySelector<HTMLLabelElement>('.theme-switch');
  const select = label?.querySelector('select');
  if (!label || !select) return;
  select.value = storedChoice();
  select.addEventListener('change', () => {
    const choice = isThemeChoice(select.value) ? select.value : 'system';
    try {
      localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // Storage is full or blocked: the theme still applies for this page.
    }
    apply(choice);
  });
  darkQuery.addEventListener('change', () => apply(storedChoice()));
  // Another tab changed the theme.
  addEventListener('storage', (event) => {
    if (event.key === THEME_STORAGE_KEY) {
      select.value = storedChoice();
      apply(select.value as ThemeChoice);
    }
  });
}
