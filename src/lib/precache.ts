import { createHash } from 'node:crypto';

/**
 * Which built files the service worker holds, and under which revision: everything a page and the search need
 * offline, and nothing they never load. Paths are relative to the site's root, with forward slashes.
 */

/** File types a page or the search loads. */
const KEPT = /\.(html|css|js|json|svg|png|webmanifest|pagefind|pf_meta|pf_index|pf_fragment|pf_filter|md|csv)$/;

const LEFT_OUT = [
  // The worker and its runtime: the browser keeps them with the registration.
  /^sw\.js$/,
  /^workbox-[^/]+\//,
  // Pagefind's ready-made search interfaces: the course has its own and loads only Pagefind's engine.
  /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./,
];

export const isPrecached = (path: string) => KEPT.test(path) && !LEFT_OUT.some((pattern) => pattern.test(path));

export interface PrecacheEntry {
  /** Relative to the service worker, which sits at the site's root: `the-shift/from-output-to-leverage/index.html`. */
  url: string;
  /** A hash of the content: a file is fetched again only when its revision changes. */
  revision: string;
}

export const revisionOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The precache list for the files of a build, in path order so the same build always writes the same worker. */
export function precacheEntries(files: { path: string; bytes: Uint8Array }[]): PrecacheEntry[] {
  return files
    .filter((file) => isPrecached(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({ url: file.path, revision: revisionOf(file.bytes) }));
}
