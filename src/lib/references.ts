import type { Reading } from '../schemas/reading.ts';

export interface CitingLesson {
  id: string;
  title: string;
  href: string;
}

export interface Reference extends Reading {
  citedBy: CitingLesson[];
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The surname of the first author, for sorting: "Nicole Forsgren, Jez Humble and Gene Kim" -> "forsgren". */
export function sortName(author: string): string {
  const first = author
    .split(/,| and | & /)[0]!
    .replace(/\b(Jr|Sr)\.?$/i, '')
    .trim();
  return normalise(first.split(/\s+/).at(-1) ?? first);
}

/**
 * Every source cited by every lesson, once each (same title and year), sorted by first author's surname, then
 * year, then title; each lists the lessons that cite it, in course order.
 */
export function collectReferences(lessons: (CitingLesson & { readings: Reading[] })[]): Reference[] {
  const byWork = new Map<string, Reference>();
  for (const lesson of lessons) {
    for (const reading of lesson.readings) {
      const key = `${normalise(reading.title)}|${reading.year}`;
      const known = byWork.get(key);
      const citing = { id: lesson.id, title: lesson.title, href: lesson.href };
      if (!known) byWork.set(key, { ...reading, citedBy: [citing] });
      else {
        if (!known.citedBy.some((c) => c.id === lesson.id)) known.citedBy.push(citing);
        known.url ??= reading.url;
      }
    }
  }
  return [...byWork.values()].sort(
    (a, b) => sortName(a.author).localeCompare(sortName(b.author)) || a.year - b.year || a.title.localeCompare(b.title),
  );
}
