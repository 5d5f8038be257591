import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The project's top-level directory, with a trailing slash. */
export const PROJECT_ROOT = root;

/**
 * The builds the browser tests use. Behaviour is tested on a small fixture course, so the real course can change
 * freely; the real course gets a short set of checks of its own (accessibility, links, budgets, search). Each build
 * has its own output and content cache, so one never reuses another's content.
 */
export const SITES = {
  /** The real course in content/, as deployed at a domain's root. */
  real: {
    contentDir: `${root}content`,
    outDir: `${root}dist`,
    cacheDir: `${root}node_modules/.astro`,
    basePath: '/',
  },
  /** The fixture course in tests/fixture-course/, at the root. */
  fixture: {
    contentDir: `${root}tests/fixture-course`,
    outDir: `${root}dist-fixture`,
    cacheDir: `${root}node_modules/.astro-fixture`,
    basePath: '/',
  },
  /** The fixture course built and served under /course/, as on a shared static host. */
  'fixture-under-course': {
    contentDir: `${root}tests/fixture-course`,
    outDir: `${root}dist-fixture-course`,
    cacheDir: `${root}node_modules/.astro-fixture-course`,
    basePath: '/course/',
  },
  /**
   * The next version of the fixture course, deployed over the first in the update tests: the same course with its
   * first lesson retitled (a difference anyone can see), written to `contentDir` from tests/fixture-course/ before it
   * is built.
   */
  'fixture-next': {
    contentDir: `${root}node_modules/.fixture-next-content`,
    outDir: `${root}dist-fixture-next`,
    cacheDir: `${root}node_modules/.astro-fixture-next`,
    basePath: '/',
  },
} as const;

/** The title of the fixture's first lesson (LESSON) in its next version. */
export const NEXT_TITLE = 'First lesson, second edition';

export type SiteName = keyof typeof SITES;

/**
 * The environment variable that carries a served site's port from the test server to the test workers: the server
 * listens on any free port and prints it, and the test runner turns what it printed into this variable.
 */
export const portVariable = (name: SiteName) => `${name.replace(/-/g, '_').toUpperCase()}_PORT`;
