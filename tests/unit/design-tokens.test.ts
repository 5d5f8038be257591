import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTokens } from '../../src/lib/design-tokens.ts';

describe('parseTokens', () => {
  it('reads each custom property of the :root block with its group, skipping comments and other blocks', () => {
    const css = `/* --fake: 1px; */
:root {
  --bg: light-dark(#fff, #000);
  --step-1: clamp(1rem,
    1rem + 1vw, 2rem);
  --space-m: 1.5rem; /* --also-fake: 0; */
  --radius: 0.5rem;
  --measure: 42rem;
  --odd: 1;
}
:root[data-theme='dark'] { --late: 2; }`;
    expect(parseTokens(css)).toEqual([
      { name: '--bg', value: 'light-dark(#fff, #000)', group: 'colour' },
      { name: '--step-1', value: 'clamp(1rem, 1rem + 1vw, 2rem)', group: 'type' },
      { name: '--space-m', value: '1.5rem', group: 'space' },
      { name: '--radius', value: '0.5rem', group: 'shape' },
      { name: '--measure', value: '42rem', group: 'width' },
      { name: '--odd', value: '1', group: 'other' },
    ]);
  });

  it('finds every token of the course, each colour a light and dark pair', () => {
    const tokens = parseTokens(readFileSync('src/styles/tokens.css', 'utf8'));
    expect(tokens.length).toBeGreaterThan(40);
    expect(tokens.filter((t) => t.group === 'other')).toEqual([]);
    expect(tokens.filter((t) => t.group === 'colour').map((t) => t.name)).toContain('--accent');
  });
});
