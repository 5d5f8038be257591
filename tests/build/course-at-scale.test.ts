import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSON_BUDGET, kilobytes } from '../support/budget.ts';
import { generateCourse } from '../support/generated-course.ts';
import { PROJECT_ROOT } from '../support/sites.ts';

/**
 * The course must stay fast as it grows: this builds the real course and a generated one of 200 lessons (copies of
 * the real lessons, see tests/support/generated-course.ts) and compares them. A lesson page must stay within the
 * HTML budget (the navigation it carries must not grow with the lessons of other modules), and the build time per
 * page must not grow by more than half (work done once a page over the whole course would make it grow).
 *
 * Build time is the CPU time of the build and everything it runs, not the wall time: other work on the machine
 * stretches the wall time of a build but hardly its CPU time. Both are printed.
 */
const LESSONS = 200;
const MAX_GROWTH_PER_PAGE = 1.5;

const work = mkdtempSync(join(tmpdir(), 'fbe-course-at-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** CPU seconds of this process's finished children (Linux: cutime and cstime of /proc/self/stat, in 1/100 s). */
function childrenCpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Figures {
  lessons: number;
  pages: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** Gzip sizes of every lesson page's HTML, smallest first. */
  lessonHtml: number[];
}

function buildCourse(name: string, lessons?: number): Figures {
  const content = join(work, name, 'content');
  const site = join(work, name, 'dist');
  const lessonPaths = generateCourse(content, lessons);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: site, CACHE_DIR: join(work, name, 'cache'), NO_COLOR: '1' },
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = childrenCpuSeconds() - cpuBefore;
  if (build.status !== 0) throw new Error(`The course of ${name} lessons did not build:\n${build.stdout}\n${build.stderr}`);
  return {
    lessons: lessonPaths.length,
    pages: readdirSync(site, { recursive: true }).filter((file) => String(file).endsWith('.html')).length,
    cpuSeconds,
    wallSeconds,
    lessonHtml: lessonPaths
      .map((path) => gzipSync(readFileSync(join(site, path, 'index.html')), { level: 9 }).length)
      .sort((a, b) => a - b),
  };
}

const perPage = (figures: Figures) => figures.cpuSeconds / figures.pages;

function report(figures: Figures) {
  const { lessons, pages, cpuSeconds, wallSeconds, lessonHtml } = figures;
  return (
    `course of ${lessons} lessons: ${pages} pages built in ${cpuSeconds.toFixed(1)} s of CPU (${wallSeconds.toFixed(1)} s ` +
    `wall), ${(perPage(figures) * 1000).toFixed(0)} ms a page; lesson HTML gzip largest ` +
    `${kilobytes(lessonHtml.at(-1)!)}, median ${kilobytes(lessonHtml[Math.floor(lessonHtml.length / 2)]!)}`
  );
}

describe(`a course of ${LESSONS} lessons`, () => {
  let real: Figures;
  let large: Figures;

  beforeAll(() => {
    real = buildCourse('real');
    large = buildCourse(`${LESSONS}`, LESSONS);
    // What each page beyond the real course's added, without the build's fixed start-up cost: printed, not judged.
    const added = (large.cpuSeconds - real.cpuSeconds) / (large.pages - real.pages);
    console.log(
      `${report(real)}\n${report(large)}\nbuild time per page at ${large.lessons} lessons: ` +
        `${(perPage(large) / perPage(real)).toFixed(2)} times that at ${real.lessons} (at most ${MAX_GROWTH_PER_PAGE}); ` +
        `each added page took ${(added * 1000).toFixed(0)} ms`,
    );
  }, 600_000);

  it('has the lessons it was asked for', () => {
    expect(large.lessons).toBe(LESSONS);
    expect(real.lessons).toBeLessThan(LESSONS);
  });

  it(`keeps every lesson page's HTML within ${kilobytes(LESSON_BUDGET.document)} gzip`, () => {
    expect(large.lessonHtml.at(-1)).toBeLessThanOrEqual(LESSON_BUDGET.document);
  });

  it(`builds each page in at most ${MAX_GROWTH_PER_PAGE} times the time the real course takes`, () => {
    expect(perPage(large)).toBeLessThanOrEqual(MAX_GROWTH_PER_PAGE * perPage(real));
  });
});
