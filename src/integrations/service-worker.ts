import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precacheEntries } from '../lib/precache.ts';

const require = createRequire(import.meta.url);

/** Workbox's prebuilt runtime, in the order its parts depend on each other; copied beside the worker. */
const WORKBOX_RUNTIME = [
  require.resolve('workbox-core/build/workbox-core.prod.js'),
  require.resolve('workbox-routing/build/workbox-routing.prod.js'),
  require.resolve('workbox-strategies/build/workbox-strategies.prod.js'),
  require.resolve('workbox-precaching/build/workbox-precaching.prod.js'),
];
const WORKBOX_DIR = 'workbox-7.4.1';
const OFFLINE_PAGE = 'offline/index.html';

async function filesUnder(root: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(root, full).split(sep).join('/'), bytes: await readFile(full) };
      }),
  );
}

/**
 * Writes the service worker (src/service-worker/sw.js) to the site's root, with the list of every file to hold
 * offline and Workbox's runtime beside it. Runs after the search index is written, so the index is held too.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await mkdir(join(site, WORKBOX_DIR), { recursive: true });
        const scripts = await Promise.all(
          WORKBOX_RUNTIME.map(async (path) => {
            const file = basename(path);
            const code = await readFile(path, 'utf8');
            // The source maps stay behind, so their comments go too (a browser's tools would ask for them).
            await writeFile(join(site, WORKBOX_DIR, file), code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
            return `${WORKBOX_DIR}/${file}`;
          }),
        );
        const files = await filesUnder(site);
        const precache = precacheEntries(files);
        const worker = await readFile(new URL('../service-worker/sw.js', import.meta.url), 'utf8');
        const constants = [
          `const WORKBOX_SCRIPTS = ${JSON.stringify(scripts)};`,
          `const OFFLINE_PAGE = ${JSON.stringify(OFFLINE_PAGE)};`,
          `const PRECACHE = ${JSON.stringify(precache)};`,
        ].join('\n');
        await writeFile(join(site, 'sw.js'), `${constants}\n${worker}`);
        if (!precache.some((entry) => entry.url === OFFLINE_PAGE))
          throw new Error(`The offline page ${OFFLINE_PAGE} was not built`);
        const held = new Set(precache.map((e) => e.url));
        const bytes = files.filter((f) => held.has(f.path)).reduce((sum, f) => sum + f.bytes.length, 0);
        logger.info(`precache: ${precache.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB held for offline use`);
      },
    },
  };
}
