/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * The table of contents of a lesson: its h2 headings, each with the h3 headings beneath it. Other depths are left
 * out; an h3 that comes before any h2 is listed at the top level so no section is unreachable.
 */
export function tableOfContents(headings: Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item = { slug, text, children: [] };
    const parent = items.at(-1);
    if (depth === 2) items.push(item);
    else if (depth === 3) (parent ? parent.children : items).push(item);
  }
  return items;
}
