import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonIdFromPath } from '../../src/lib/lesson-id.ts';
import { PROJECT_ROOT } from '../support/sites.ts';

/**
 * Rules for the content of scenarios and for the cast, read straight from content/ so that they hold for the course
 * as written, not for a fixture. The schema checks each file on its own; these check the course as a whole: that the
 * recommended option cannot be spotted by its shape or its place, and that every name belongs to one person.
 */
const CONTENT = join(PROJECT_ROOT, 'content');

interface Option {
  id: string;
  label: string;
  rationale: string;
  recommended?: boolean;
}
interface Person {
  name: string;
  role: string;
  appearsIn: string[];
}

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(mdx|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const scenarioDir = join(CONTENT, 'scenarios');
const scenarios = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    file: `content/scenarios/${f}`,
    options: (parseYaml(readFileSync(join(scenarioDir, f), 'utf8')) as { options: Option[] }).options,
  }));

/** Positions (1-based, as in the file) of the recommended options. */
const recommendedPositions = (options: Option[]) => options.flatMap((o, i) => (o.recommended ? [i + 1] : []));
const words = (text: string) => text.trim().split(/\s+/).length;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('scenario options', () => {
  it('do not give the answer away by the length of its label', () => {
    const longest = scenarios.filter(({ options }) => {
      const max = Math.max(...options.map((o) => o.label.length));
      return options.some((o) => o.recommended && o.label.length === max);
    });
    const recommended = scenarios.flatMap((s) => s.options.filter((o) => o.recommended).map((o) => o.label.length));
    const others = scenarios.flatMap((s) => s.options.filter((o) => !o.recommended).map((o) => o.label.length));
    console.log(
      `Scenarios: ${scenarios.length}. The recommended option has the longest label in ${longest.length}` +
        ` (${longest.map((s) => s.id).join(', ') || 'none'}). Mean label length: recommended ${mean(recommended).toFixed(1)},` +
        ` others ${mean(others).toFixed(1)} characters.`,
    );
    expect(
      longest.length,
      `the recommended option is the longest label in more than a third of the scenarios: ${longest.map((s) => s.file).join(', ')}`,
    ).toBeLessThanOrEqual(Math.floor(scenarios.length / 3));
  });

  it('have labels of comparable length, within a quarter of the scenario’s mean', () => {
    const problems = scenarios.flatMap(({ file, options }) => {
      const average = mean(options.map((o) => o.label.length));
      return options
        .filter((o) => Math.abs(o.label.length - average) > average / 4)
        .map((o) => `${file}: option "${o.id}" has a label of ${o.label.length} characters; the mean is ${average.toFixed(0)}`);
    });
    expect(problems, problems.join('; ')).toEqual([]);
  });

  it('do not put the recommended option in the same place in every scenario', () => {
    const positions = scenarios.map((s) => recommendedPositions(s.options));
    const tally = new Map<number, number>();
    for (const p of positions.flat()) tally.set(p, (tally.get(p) ?? 0) + 1);
    console.log(
      `Recommended positions: ${[...tally.entries()]
        .sort(([a], [b]) => a - b)
        .map(([p, n]) => `${n} at ${p}`)
        .join(', ')}.`,
    );
    const everywhere = [1, 2, 3, 4, 5].filter((p) => positions.every((list) => list.includes(p)));
    expect(everywhere, `every scenario recommends the option at position ${everywhere.join(' and ')}`).toEqual([]);
  });

  it('give a rationale of 40 to 90 words for every option', () => {
    const problems = scenarios.flatMap(({ file, options }) =>
      options
        .filter((o) => words(o.rationale) < 40 || words(o.rationale) > 90)
        .map((o) => `${file}: option "${o.id}" has a rationale of ${words(o.rationale)} words`),
    );
    expect(problems, problems.join('; ')).toEqual([]);
  });
});

describe('the cast', () => {
  const cast = parseYaml(readFileSync(join(CONTENT, 'cast.yaml'), 'utf8')) as Person[];
  const lessonIds = new Set(files(join(CONTENT, 'lessons')).map((f) => lessonIdFromPath(f)));
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  /** Every content file with the id it would have in `appearsIn`, if it is a lesson or a scenario. */
  const contentFiles = files(CONTENT)
    .filter((f) => relative(CONTENT, f) !== 'cast.yaml')
    .map((f) => {
      const path = relative(CONTENT, f);
      const id = path.startsWith('lessons/')
        ? lessonIdFromPath(path)
        : path.startsWith('scenarios/')
          ? path.replace(/^scenarios\/|\.yaml$/g, '')
          : undefined;
      return { path: `content/${path}`, id, text: readFileSync(f, 'utf8') };
    });
  /** The name as a whole word, letters on either side excluded (so "Ana" is not found in "Anatomy", and "Tomás" works). */
  const mentions = (name: string, text: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

  it('gives every person their own name', () => {
    const names = cast.map((p) => p.name.toLowerCase());
    const twice = cast.map((p) => p.name).filter((_, i) => names.indexOf(names[i]!) !== i);
    expect(twice, 'two cast entries share a name').toEqual([]);
  });

  it('lists only real lessons and scenarios in appearsIn', () => {
    const unknown = cast.flatMap((p) =>
      p.appearsIn.filter((id) => !lessonIds.has(id) && !scenarioIds.has(id)).map((id) => `${p.name}: "${id}"`),
    );
    expect(unknown, 'appearsIn names something that is neither a lesson nor a scenario').toEqual([]);
  });

  it('lists every file a person appears in, and only those', () => {
    const problems = cast.flatMap((person) => {
      const found = contentFiles.filter((f) => mentions(person.name, f.text));
      const unlisted = found
        .filter((f) => f.id === undefined || !person.appearsIn.includes(f.id))
        .map((f) => `${f.path} names ${person.name}, but ${f.id ?? 'this file'} is not in their appearsIn`);
      const absent = person.appearsIn
        .filter((id) => !found.some((f) => f.id === id))
        .map((id) => `${person.name} is listed in ${id}, which does not name them`);
      return [...unlisted, ...absent];
    });
    console.log(`Cast: ${cast.length} people across ${new Set(cast.flatMap((p) => p.appearsIn)).size} lessons and scenarios.`);
    expect(problems, problems.join('; ')).toEqual([]);
  });
});
