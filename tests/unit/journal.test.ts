import { describe, expect, it } from 'vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { journalOf, type JournalOutline, type ScenarioText } from '../../src/progress/journal.ts';
import { journalMarkdown } from '../../src/progress/journal-markdown.ts';
import { markdownInline, markdownQuote } from '../../src/lib/markdown-text.ts';
import { emptySnapshot, type Snapshot } from '../../src/progress/snapshot.ts';

const outline: JournalOutline = {
  modules: [
    {
      id: 'orientation',
      title: 'Orientation',
      lessons: [{ id: 'start-here', title: 'Start here', href: '/orientation/start-here/' }],
    },
    {
      id: 'wrap-up',
      title: 'Wrap-up',
      lessons: [
        { id: 'untouched', title: 'A lesson with nothing written', href: '/wrap-up/untouched/' },
        { id: 'capstone', title: 'Capstone', href: '/wrap-up/capstone/' },
      ],
    },
  ],
  exercises: {
    'start-here-baseline': { lesson: 'start-here', kind: 'SelfAssessment' },
    'start-here-why-now': { lesson: 'start-here', kind: 'Reflection', prompt: 'Why now?' },
    'capstone-retake': { lesson: 'capstone', kind: 'SelfAssessment' },
    'capstone-day-twenty': { lesson: 'capstone', kind: 'Scenario' },
    'capstone-plan': { lesson: 'capstone', kind: 'Commitments' },
    'capstone-one-area': { lesson: 'capstone', kind: 'Reflection', prompt: 'Which area will you hand over first?' },
  },
  instruments: [
    {
      id: 'skills',
      title: 'Skills',
      dimensions: [
        { id: 'listening', name: 'Listening' },
        { id: 'planning', name: 'Planning' },
      ],
    },
  ],
  retired: [],
};

const scenarios: Record<string, ScenarioText> = {
  'capstone-day-twenty': {
    title: 'Day twenty of the plan',
    question: 'What do you do?',
    options: {
      'help-the-owner': {
        label: 'Help the person who owns the work, and agree when you will check in.',
        rationale: 'The owner keeps the work and learns from it.',
      },
    },
  },
};

/** What a learner might write: markup, Markdown, links, emoji, right-to-left text and Windows line endings. */
const REFLECTION = [
  '# heading',
  '[link](javascript:x)',
  '<script>alert(1)</script>',
  '    indented like code',
  '1. not a list',
  '- nor this',
  '',
  '> not a quote',
  '---',
  'Emoji 🙂 and الفريق يتعلم and הצוות לומד',
  'R&D &amp; *stars* _under_ `tick` | pipe | ~strike~ \\ back',
  'See www.example.org, me@example.org and https://example.org/x',
].join('\r\n');

function learnerSnapshot(): Snapshot {
  const snapshot = emptySnapshot();
  snapshot.reflection['start-here-why-now'] = { text: REFLECTION, savedAt: '2026-11-24T10:00:00.000Z', lesson: 'start-here' };
  snapshot.reflection['capstone-one-area'] = { text: '   \n ', savedAt: '2026-11-24T10:00:00.000Z' };
  snapshot.reflection['removed-exercise'] = { text: 'Kept <b>safe</b>', savedAt: '2026-10-01T10:00:00.000Z' };
  snapshot.scenario['capstone-day-twenty'] = { option: 'help-the-owner', answeredAt: '2026-11-24T11:00:00.000Z' };
  snapshot.scenario['gone-scenario'] = { option: 'some-option', answeredAt: '2026-09-01T11:00:00.000Z' };
  snapshot.attempts['skills'] = {
    attempts: [
      { completedAt: '2026-09-01T10:00:00.000Z', exercise: 'start-here-baseline', ratings: { listening: 1, planning: 2 } },
      {
        completedAt: '2026-11-20T10:00:00.000Z',
        exercise: 'capstone-retake',
        ratings: { listening: 3, planning: 2 },
        evidence: { listening: '<img src=x onerror=alert(1)> I ran | the retro' },
      },
    ],
  };
  snapshot.commitments['capstone-plan'] = {
    items: [
      {
        id: 'a',
        text: '[Delegate](https://evil.example) the release',
        target: 'Day 30',
        done: true,
        updatedAt: '2026-11-24T10:00:00.000Z',
      },
      { id: 'b', text: '# Weekly 1:1s', target: 'Day 60', done: false, updatedAt: '2026-11-24T10:00:00.000Z' },
    ],
  };
  return snapshot;
}

const NOW = new Date('2026-11-25T10:00:00.000Z');
const markdown = () => journalMarkdown(journalOf(learnerSnapshot(), outline, scenarios), NOW, 'UTC');

describe('the journal as Markdown', () => {
  it('holds everything the learner wrote, in course order, escaped (golden)', () => {
    expect(markdown()).toBe(
      [
        '# My journal: From Building to Enabling',
        '',
        'Everything I wrote in the course, in course order, as kept in my browser on 25 November 2026.',
        '',
        '## Orientation',
        '',
        '### Start here',
        '',
        '#### Self-assessment: Skills',
        '',
        'My level in each dimension, 1 to 5, by the date of each attempt:',
        '',
        '| Dimension | 1 September 2026 |',
        '| --- | --- |',
        '| Listening | 1 |',
        '| Planning | 2 |',
        '',
        '#### Why now?',
        '',
        '> \\# heading\\',
        '> \\[link\\](javascript:x)\\',
        '> \\<script\\>alert(1)\\</script\\>\\',
        '> indented like code\\',
        '> 1\\. not a list\\',
        '> \\- nor this',
        '>',
        '> \\> not a quote\\',
        '> \\---\\',
        '> Emoji 🙂 and الفريق يتعلم and הצוות לומד\\',
        '> R&D \\&amp; \\*stars\\* \\_under\\_ \\`tick\\` \\| pipe \\| \\~strike\\~ \\\\ back\\',
        '> See www\\.example.org, me\\@example.org and https\\://example.org/x',
        '',
        'Saved 24 November 2026.',
        '',
        '## Wrap-up',
        '',
        '### Capstone',
        '',
        '#### Self-assessment: Skills',
        '',
        'My level in each dimension, 1 to 5, by the date of each attempt:',
        '',
        '| Dimension | 20 November 2026 |',
        '| --- | --- |',
        '| Listening | 3 |',
        '| Planning | 2 |',
        '',
        'My evidence, 20 November 2026:',
        '',
        '- Listening (level 3): \\<img src=x onerror=alert(1)\\> I ran \\| the retro',
        '',
        '#### Decision: Day twenty of the plan',
        '',
        'What do you do?',
        '',
        'My choice: Help the person who owns the work, and agree when you will check in.',
        '',
        "The course's reasoning: The owner keeps the work and learns from it.",
        '',
        'Answered 24 November 2026.',
        '',
        '#### My commitments',
        '',
        '- [x] \\[Delegate\\](https\\://evil.example) the release (by Day 30)',
        '- [ ] \\# Weekly 1:1s (by Day 60)',
        '',
        '## No longer in the course',
        '',
        '### From exercises the course no longer has',
        '',
        '#### removed-exercise',
        '',
        '> Kept \\<b\\>safe\\</b\\>',
        '',
        'Saved 1 October 2026.',
        '',
        '#### Decision: gone-scenario',
        '',
        'My choice: the option "some-option", whose text the course no longer has.',
        '',
        'Answered 1 September 2026.',
        '',
      ].join('\n'),
    );
  });

  it('renders, as CommonMark with GitHub extensions, with no markup, link or structure from the learner', () => {
    const html = micromark(markdown(), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    // The document's own structure only: one title, a heading per module, lesson and exercise.
    expect([...html.matchAll(/<h(\d)>/g)].map(([, level]) => level).join('')).toBe('12344234442344');
    expect(html).not.toMatch(/<(a|script|img|b|ol|code|hr|em|del|pre)\b/);
    expect(html).not.toContain('<blockquote>\n<blockquote>');
    // Two tables and one list of evidence, one of commitments.
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br />');
    expect(html).toContain('[link](javascript:x)<br />');
    expect(html).toContain('# heading<br />');
    expect(html).toContain('<input type="checkbox" disabled="" checked="" /> [Delegate](https://evil.example) the release');
    expect(html).toContain('R&amp;D &amp;amp; *stars* _under_ `tick` | pipe | ~strike~ \\ back<br />');
    expect(html).toContain('See www.example.org, me@example.org and https://example.org/x</p>');
  });

  it('keeps line breaks as hard breaks and blank lines as paragraphs, whatever the line endings', () => {
    expect(markdownQuote('one\r\ntwo\rthree\n\n\n  four')).toBe('> one\\\n> two\\\n> three\n>\n> four');
  });

  it('puts inline text on one line and escapes what would open a block at its start', () => {
    expect(markdownInline('+ plus\r\nand = more')).toBe('\\+ plus and = more');
    expect(markdownInline('2) second')).toBe('2\\) second');
    expect(markdownInline('=== ')).toBe('\\===');
    expect(markdownInline('a\u0000b\u001bc')).toBe('abc');
  });

  it('says so when nothing is written yet', () => {
    expect(journalMarkdown(journalOf(emptySnapshot(), outline, scenarios), NOW, 'UTC')).toContain('\n\nNothing written yet.\n');
  });
});
