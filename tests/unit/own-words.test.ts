import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/sites.ts';

/**
 * The course teaches the source essay's ideas in its own words. The essay is not kept in the project; this test
 * holds only hashes of its 8-word runs, and fails if any content file repeats one.
 */
const { hashes } = JSON.parse(readFileSync(new URL('../fixtures/essay-8-word-runs.json', import.meta.url), 'utf8')) as {
  hashes: string[];
};
const essay = new Set(hashes);
const RUN = 8;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(mdx|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

function copiedRuns(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const runs: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN).join(' ');
    if (essay.has(createHash('sha256').update(run).digest('hex').slice(0, 16))) runs.push(run);
  }
  return runs;
}

describe('content in the course’s own words', () => {
  it('the check recognises a run copied from the essay', () => {
    expect(essay.size).toBeGreaterThan(800);
    expect(copiedRuns('As Barry Boehm articulates in Empirical Software Engineering, all systems naturally degrade')).not.toEqual(
      [],
    );
    expect(copiedRuns('Lehman and Belady described how systems in use keep changing and grow more complex.')).toEqual([]);
  });

  it.each(files(join(PROJECT_ROOT, 'content')).map((f) => f.slice(PROJECT_ROOT.length)))(
    '%s repeats no 8-word run of the essay',
    (file) => {
      expect(copiedRuns(readFileSync(join(PROJECT_ROOT, file), 'utf8'))).toEqual([]);
    },
  );
});
