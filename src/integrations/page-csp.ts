import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { narrowPageCsp } from '../lib/page-csp.ts';
import { rewritePages } from './rewrite-pages.ts';

/**
 * Narrows each built page's Content-Security-Policy to the hashes of the inline scripts and styles it carries (see
 * lib/page-csp.ts). Runs after every integration that changes a page's inline elements.
 */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => rewritePages(fileURLToPath(dir), narrowPageCsp),
    },
  };
}
