import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT, SITES } from './sites.ts';

/**
 * Builds the site twice before the browser tests: as deployed at a domain's root and under /course/. Set
 * SKIP_BUILD=1 to reuse the last build while iterating on a test.
 */
export default function buildSites() {
  if (process.env.SKIP_BUILD) return;
  for (const site of Object.values(SITES)) {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_PATH: site.basePath, OUT_DIR: site.outDir, CACHE_DIR: site.cacheDir },
    });
  }
}
