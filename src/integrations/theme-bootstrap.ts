import type { AstroIntegration } from 'astro';
import { THEME_BOOTSTRAP_SCRIPT } from '../lib/theme.ts';

/**
 * Sets the theme before the first paint, so a dark-theme reader never sees a flash of light. Injected as a
 * head-inline script, which Astro hashes into the Content-Security-Policy.
 */
export function themeBootstrap(): AstroIntegration {
  return {
    name: 'theme-bootstrap',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_BOOTSTRAP_SCRIPT),
    },
  };
}
