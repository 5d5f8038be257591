import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests h3 under the h2 before it and leaves out other depths', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 3, slug: 'one-b', text: 'One B' },
      { depth: 2, slug: 'two', text: 'Two' },
      { depth: 1, slug: 'title', text: 'Title' },
    ]);
    expect(toc).toEqual([
      {
        slug: 'one',
        text: 'One',
        children: [
          { slug: 'one-a', text: 'One A', children: [] },
          { slug: 'one-b', text: 'One B', children: [] },
        ],
      },
      { slug: 'two', text: 'Two', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'early', text: 'Early' }])).toEqual([
      { slug: 'early', text: 'Early', children: [] },
    ]);
  });

  it('is empty for a lesson without sections', () => {
    expect(tableOfContents([])).toEqual([]);
  });
});
