import type { AstroIntegration } from 'astro';
import islandRuntime from 'astro/runtime/server/astro-island.prebuilt.js';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinBase } from '../lib/urls.ts';
import { rewritePages } from './rewrite-pages.ts';

const INLINE_RUNTIME = `<script>${islandRuntime}</script>`;
/** An island that does not wait to be visible: `client="load"`, `"idle"`, `"media"`, `"only"`. */
const ISLAND_STARTING_AT_ONCE = /<astro-island [^>]*\bclient="(?!visible")/;
const FILE_NAME = `astro-island.${createHash('sha256').update(islandRuntime).digest('hex').slice(0, 8)}.js`;

/**
 * Astro writes its island runtime (the `<astro-island>` element that loads and hydrates each island, 4.4 KB, 1.8 KB
 * gzip) inline into every page with an island, the largest part of a lesson page's HTML that is not the lesson.
 * This writes it once as a file and has pages load that instead, so the browser caches it: a learner moving from
 * lesson to lesson fetches it once, not once a page. Loaded as a module, it runs once the page is parsed; the islands
 * already in the page are then upgraded and start as before (their client directive is still inline). Only pages
 * whose islands all wait to be visible load it so (every lesson): they lose nothing by it. A page with an island
 * that starts at once (`client:load`: My progress, the presenter screen, the cohort dashboard) keeps it inline, so
 * that island is ready as soon as the page is.
 */
export function islandRuntimeFile(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'island-runtime-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        await writeFile(join(site, assets, FILE_NAME), islandRuntime);
        const element = `<script type="module" src="${joinBase(base, `${assets}/${FILE_NAME}`)}"></script>`;
        await rewritePages(site, (html) =>
          ISLAND_STARTING_AT_ONCE.test(html) ? html : html.replaceAll(INLINE_RUNTIME, element),
        );
      },
    },
  };
}
