import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Rewrites every built HTML page in `site` with `change`, which gets the page's text and its path within the site. */
export async function rewritePages(site: string, change: (html: string, page: string) => string) {
  const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
  await Promise.all(
    pages.map(async (page) => {
      const html = await readFile(join(site, page), 'utf8');
      const changed = change(html, page);
      if (changed !== html) await writeFile(join(site, page), changed);
    }),
  );
}
