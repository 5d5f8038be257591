import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT, SITES, type SiteName } from './sites.ts';

/** Builds one site: its content, base path, output and content cache come from SITES. */
export function buildSite(name: SiteName) {
  const site = SITES[name];
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
