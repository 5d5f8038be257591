import {
  isThemeChoice,
  onThemeChoiceChange,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  type ThemeChoice,
} from '../lib/theme.ts';

/** `<theme-switch>`: the theme select. Remembers the choice (when storage allows) and follows the system when asked to. */
class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    const darkQuery = matchMedia('(prefers-color-scheme: dark)');
    const apply = (choice: ThemeChoice) => {
      document.documentElement.dataset.theme = resolveTheme(choice, darkQuery.matches);
    };
    select.value = readThemeChoice();
    select.addEventListener('change', () => {
      const choice = isThemeChoice(select.value) ? select.value : 'system';
      saveThemeChoice(choice);
      apply(choice);
    });
    darkQuery.addEventListener('change', () => apply(readThemeChoice()));
    onThemeChoiceChange((choice) => {
      select.value = choice;
      apply(choice);
    });
  }
}

customElements.define('theme-switch', ThemeSwitch);
