import type { AstroIntegration } from 'astro';
import { FIRST_PAINT_SCRIPT } from '../lib/first-paint.ts';

/**
 * Runs before the first paint of every page: sets the theme (so a dark-theme reader never sees a flash of light)
 * and marks that JavaScript runs (so controls that need it take their place without shifting the layout).
 * Injected as a head-inline script, which Astro hashes into the Content-Security-Policy.
 */
export function firstPaint(): AstroIntegration {
  return {
    name: 'first-paint',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', FIRST_PAINT_SCRIPT),
    },
  };
}
