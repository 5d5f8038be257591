import type { AstroIntegration } from 'astro';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewritePages } from './rewrite-pages.ts';

const ISLAND_STYLE_ELEMENT = `<style>${ISLAND_STYLES}</style>`;

/**
 * Astro writes its island rule (`astro-island{display:contents}` and the slots) as a <style> element just before
 * a page's first island, in the body, where HTML does not allow <style>; Astro has no option to place it
 * elsewhere. The same rule is in the layout's stylesheet (src/styles/islands.css), linked in every page's head, so
 * this removes the element from every built page: valid HTML, and one element and one policy hash less in each.
 */
export function islandStyleInStylesheet(): AstroIntegration {
  return {
    name: 'island-style-in-stylesheet',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        if (!(await hasIslandRule(join(site, '_astro')))) {
          throw new Error(
            `No stylesheet has Astro's island rule "${ISLAND_STYLES}": the layout must import src/styles/islands.css`,
          );
        }
        await rewritePages(site, (html) => html.replaceAll(ISLAND_STYLE_ELEMENT, ''));
      },
    },
  };
}

/** Whether the built stylesheets give Astro's island elements `display: contents` (the minifier may merge rules). */
async function hasIslandRule(assets: string) {
  const sheets = (await readdir(assets)).filter((file) => file.endsWith('.css'));
  const texts = await Promise.all(sheets.map((sheet) => readFile(join(assets, sheet), 'utf8')));
  const contents = new Set(
    texts.flatMap((text) => [...text.matchAll(/([^{}]+)\{display:contents\}/g)].flatMap(([, list]) => list!.split(','))),
  );
  return ISLAND_STYLES.split('{')[0]!
    .split(',')
    .every((element) => contents.has(element));
}
