import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The two builds the browser tests use: at the root, and under a base path as on a shared host. */
export const SITES = {
  root: { outDir: `${root}dist`, basePath: '/', cacheDir: `${root}node_modules/.astro` },
  course: { outDir: `${root}dist-course`, basePath: '/course/', cacheDir: `${root}node_modules/.astro-course` },
} as const;

export const PROJECT_ROOT = root;
