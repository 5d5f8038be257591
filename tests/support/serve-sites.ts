import { SITES, portVariable, type SiteName } from './sites.ts';
import { serveStatic } from './static-server.ts';

/**
 * The test runner's web server: serves every build on a free port and prints the ports on one line, which the
 * runner reads into environment variables (see playwright.config.ts). Files are read on each request, so the
 * server can start before the builds finish.
 */
const served = await Promise.all(
  (Object.keys(SITES) as SiteName[]).map(async (name) => ({
    name,
    site: await serveStatic(SITES[name].outDir, SITES[name].basePath),
  })),
);
console.log(`serving ${served.map(({ name, site }) => `${portVariable(name)}=${new URL(site.url).port}`).join(' ')}`);
