import { describe, expect, it } from 'vitest';
import { lessonIdFromPath } from '../../src/lib/lesson-id.ts';
import { joinBase } from '../../src/lib/urls.ts';
import { countOf, formatMinutes } from '../../src/lib/format.ts';
import { excerptParts } from '../../src/lib/excerpt.ts';
import { resolveTheme, isThemeChoice } from '../../src/lib/theme.ts';

describe('lesson ids', () => {
  it('drop the folder, order prefix and extension', () => {
    expect(lessonIdFromPath('the-shift/01-from-output-to-leverage.mdx')).toBe('from-output-to-leverage');
    expect(lessonIdFromPath('capstone.mdx')).toBe('capstone');
  });
});

describe('base paths', () => {
  it('join with exactly one slash', () => {
    expect(joinBase('/', 'the-shift/')).toBe('/the-shift/');
    expect(joinBase('/course/', '/the-shift/')).toBe('/course/the-shift/');
    expect(joinBase('/course', 'x')).toBe('/course/x');
    expect(joinBase('/course/', '')).toBe('/course/');
  });
});

describe('durations', () => {
  it('read as a person says them', () => {
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(125)).toBe('2 hours 5 minutes');
  });
});

describe('counts', () => {
  it('name one thing in the singular and any other number in the plural', () => {
    expect(countOf(1, 'link')).toBe('1 link');
    expect(countOf(0, 'link')).toBe('0 links');
    expect(countOf(2, 'older link')).toBe('2 older links');
    expect(countOf(100, 'participant')).toBe('100 participants');
  });
});

describe('search excerpts', () => {
  it('split into marked and plain text, decoding entities without parsing HTML', () => {
    expect(excerptParts('a <mark>cognitive</mark> load &lt;script&gt; &amp; more')).toEqual([
      { text: 'a ', marked: false },
      { text: 'cognitive', marked: true },
      { text: ' load <script> & more', marked: false },
    ]);
  });
});

describe('themes', () => {
  it('resolve system to the system preference and keep explicit choices', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
  it('accept only known choices', () => {
    expect(isThemeChoice('dark')).toBe(true);
    expect(isThemeChoice('purple')).toBe(false);
    expect(isThemeChoice(null)).toBe(false);
  });
});
