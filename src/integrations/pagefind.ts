import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The attribute that marks the part of a page search indexes (lesson bodies and the guides). */
const INDEXED = 'data-pagefind-body';

/**
 * Builds the Pagefind search index over the finished static site. Only elements marked `data-pagefind-body`
 * (lesson bodies) are indexed, so navigation and exercises never show up in results. Pagefind is handed only the
 * pages that carry the mark: it would otherwise parse every page of the site (presenter screens, session plans,
 * the design page...) to find nothing to index in most of them.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = await indexedPages(site);
        for (const page of pages) {
          const added = await index.addHTMLFile(page);
          if (added.errors.length) throw new Error(`Pagefind could not index ${page.sourcePath}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`read ${pages.length} pages for the search index`);
        await pagefind.close();
      },
    },
  };
}

/** The built pages with a part to index, each with its path in the site (from which Pagefind makes its URL). */
async function indexedPages(site: string) {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(
    files.map(async (file) => ({ sourcePath: file, content: await readFile(join(site, file), 'utf8') })),
  );
  return pages.filter((page) => page.content.includes(INDEXED));
}
