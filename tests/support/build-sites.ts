import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEXT_TITLE, PROJECT_ROOT, SITES, type SiteName } from './sites.ts';

/** Writes the next version of the fixture course: the fixture with its first lesson retitled. */
function writeNextEdition() {
  const { contentDir } = SITES['fixture-next'];
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(SITES.fixture.contentDir, contentDir, { recursive: true });
  const lesson = join(contentDir, 'lessons', 'foundations', '01-first-lesson.mdx');
  const text = readFileSync(lesson, 'utf8');
  const next = text.replace(/^title: .*$/m, `title: ${NEXT_TITLE}`);
  if (next === text) throw new Error('tests/fixture-course/lessons/foundations/01-first-lesson.mdx has no title to change');
  writeFileSync(lesson, next);
}

/** Builds one site: its content, base path, output and content cache come from SITES. */
export function buildSite(name: SiteName) {
  const site = SITES[name];
  if (name === 'fixture-next') writeNextEdition();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      CONTENT_DIR: site.contentDir,
      BASE_PATH: site.basePath,
      OUT_DIR: site.outDir,
      CACHE_DIR: site.cacheDir,
    },
  });
}

/**
 * The browser tests' global setup: builds every site they use, once, before any test runs. Set SKIP_BUILD=1 to
 * reuse the last builds while iterating on a test.
 */
export default function buildSites() {
  if (process.env['SKIP_BUILD']) return;
  for (const name of Object.keys(SITES) as SiteName[]) buildSite(name);
}
