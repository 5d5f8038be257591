import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { assessmentSchema, MENTOR_PROMPT_LIMIT } from '../../src/schemas/assessment.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { teachingWords } from '../../src/lib/lesson-rules.ts';
import { PROJECT_ROOT } from '../support/sites.ts';

/**
 * The mentor's view starts a conversation from these questions, so every dimension of every live instrument in
 * content/ carries them. The schema leaves them optional (archived versions have none) and checks their shape; this
 * checks that the course as written has them all, and that each is an open question a mentor can ask aloud.
 */
const DIR = join(PROJECT_ROOT, 'content', 'assessments');
const instruments = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: `content/assessments/${f}`, data: parseYaml(readFileSync(join(DIR, f), 'utf8')) as unknown }));

/** Words that open a question answered by yes or no. */
const CLOSED_OPENING = /^(am|is|are|was|were|do|does|did|have|has|had|can|could|will|would|shall|should|may|might|must)\b/i;

describe('mentor prompts in the live instruments', () => {
  it('are read from every instrument in content/assessments', () => {
    expect(instruments.length).toBeGreaterThan(0);
  });

  for (const { file, data } of instruments) {
    it(`${file}: every dimension has three or four low prompts and two or three change prompts, each an open question`, () => {
      const parsed = assessmentSchema.safeParse(data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const problems = parsed.data!.dimensions.flatMap(({ id, mentorPrompts }) => {
        if (!mentorPrompts) return [`${id}: has no mentorPrompts`];
        const { low, change } = mentorPrompts;
        return [
          ...(low.length < 3 || low.length > 4 ? [`${id}: has ${low.length} low prompts; a dimension has 3 or 4`] : []),
          ...(change.length < 2 || change.length > 3
            ? [`${id}: has ${change.length} change prompts; a dimension has 2 or 3`]
            : []),
          ...[...low, ...change].flatMap((prompt) => [
            ...(prompt.endsWith('?') ? [] : [`${id}: "${prompt}" is not a question ending in "?"`]),
            ...(prompt.length < MENTOR_PROMPT_LIMIT ? [] : [`${id}: "${prompt}" has ${prompt.length} characters`]),
            ...(CLOSED_OPENING.test(prompt) ? [`${id}: "${prompt}" opens like a yes-or-no question`] : []),
            ...((prompt.match(/\?/g) ?? []).length === 1 ? [] : [`${id}: "${prompt}" asks more than one question`]),
          ]),
          ...(new Set([...low, ...change]).size === low.length + change.length ? [] : [`${id}: repeats a prompt`]),
        ];
      });
      expect(problems, problems.join('; ')).toEqual([]);
    });
  }
});

/** The guides, each with the length that suits it: short enough to read before a first session. */
const GUIDES = [
  { id: 'mentoring', words: { min: 600, max: 1000 } },
  { id: 'facilitator', words: { min: 900, max: 1500 } },
];

for (const guide of GUIDES) {
  describe(`the guide content/guides/${guide.id}.mdx`, () => {
    const file = join(PROJECT_ROOT, 'content', 'guides', `${guide.id}.mdx`);
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];

    it(`is ${guide.words.min} to ${guide.words.max} words of teaching`, () => {
      const words = teachingWords(body);
      expect(words, `content/guides/${guide.id}.mdx has ${words} words`).toBeGreaterThanOrEqual(guide.words.min);
      expect(words, `content/guides/${guide.id}.mdx has ${words} words`).toBeLessThanOrEqual(guide.words.max);
    });

    it('cites its sources, and names the author of every work it mentions in its further reading', () => {
      const parsed = guideSchema.safeParse(parseYaml(frontmatter));
      expect(parsed.error?.issues ?? []).toEqual([]);
      const surnames = parsed.data!.readings.map((r) =>
        r.author
          .split(/ and |, /)[0]!
          .split(' ')
          .at(-1)!,
      );
      const unnamed = surnames.filter((surname) => !body.includes(surname));
      expect(unnamed, 'a reading whose author the text never mentions').toEqual([]);
    });
  });
}
