import { SITES, portVariable, type SiteName } from './sites.ts';

export interface ServedSite {
  /** The site's address including its base path, ending in a slash: relative paths resolve against it. */
  url: string;
  outDir: string;
  basePath: string;
}

/** Where the test web server serves a build (its port arrives in an environment variable set by the runner). */
export function servedSite(name: SiteName): ServedSite {
  const port = process.env[portVariable(name)];
  if (!port) throw new Error(`${portVariable(name)} is not set: run the browser tests with \`playwright test\``);
  const { outDir, basePath } = SITES[name];
  return { url: `http://127.0.0.1:${port}${basePath}`, outDir, basePath };
}
