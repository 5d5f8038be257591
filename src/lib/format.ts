/** "45 minutes", "1 hour 5 minutes": durations as a reader says them. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!hours) return part(minutes, 'minute');
  return minutes ? `${part(hours, 'hour')} ${part(minutes, 'minute')}` : part(hours, 'hour');
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
