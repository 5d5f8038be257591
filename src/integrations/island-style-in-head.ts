import type { AstroIntegration } from 'astro';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE_ELEMENT = `<style>${ISLAND_STYLES}</style>`;

/**
 * Astro writes its island rule (`astro-island{display:contents}` and the slots) as a <style> element just before
 * a page's first island, in the body, where HTML does not allow <style>; Astro has no option to place it
 * elsewhere. This moves that exact element to the end of <head> in every built page. Its text is unchanged, so
 * the hash Astro put in the Content-Security-Policy still allows it, and islands keep `display: contents`.
 */
export function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(files.map((file) => moveIslandStyle(join(site, file))));
      },
    },
  };
}

async function moveIslandStyle(path: string) {
  const html = await readFile(path, 'utf8');
  if (!html.includes(ISLAND_STYLE_ELEMENT)) return;
  if (!html.includes('</head>')) throw new Error(`${path}: has no </head> to move Astro's island style into`);
  // A page that renders islands inside slots can get the element more than once; one copy in the head is enough.
  await writeFile(path, html.replaceAll(ISLAND_STYLE_ELEMENT, '').replace('</head>', `${ISLAND_STYLE_ELEMENT}</head>`));
}
