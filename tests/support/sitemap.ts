import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITES, type SiteName } from './sites.ts';

/** Every page a build's sitemap lists, as paths relative to the site's base (for example `the-shift/`). */
export function sitemapPaths(name: SiteName): string[] {
  const { outDir, basePath } = SITES[name];
  const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname.slice(basePath.length));
}

/**
 * Pages two levels deep that are not lessons: each self-assessment's page of every level description, the journal,
 * the facilitator's session plans and the toolkit's templates.
 */
const NOT_LESSONS = /^(assessments|progress|facilitator|toolkit)\//;

/** Lesson pages are two levels deep: `<module>/<lesson>/`. */
export const isLesson = (path: string) => path.split('/').length === 3 && !NOT_LESSONS.test(path);

/** The presenter screen of every session in a build (`facilitator/<session>/present/`), which the sitemap leaves out. */
export function presenterPaths(name: SiteName): string[] {
  const facilitator = join(SITES[name].outDir, 'facilitator');
  return readdirSync(facilitator)
    .filter((dir) => existsSync(join(facilitator, dir, 'present', 'index.html')))
    .map((dir) => `facilitator/${dir}/present/`);
}
