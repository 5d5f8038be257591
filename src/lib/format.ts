/** "1 link", "2 links", "0 participants": a count with its noun, singular only for one (nouns that take an "s"). */
export const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "45 minutes", "1 hour 5 minutes": durations as a reader says them. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return countOf(minutes, 'minute');
  return minutes ? `${countOf(hours, 'hour')} ${countOf(minutes, 'minute')}` : countOf(hours, 'hour');
}

/** "A", "A and B", "A, B and C": a list as a sentence says it. */
export function listInWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}` : (items[0] ?? '');
}

/** "24 November 2026": a day as the journal writes it, in the reader's time zone unless one is given (tests give one). */
export const longDate = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));

/** "0:05", "1:30": a point in a session, as minutes from its start on a run sheet's clock. */
export const clockOffset = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
