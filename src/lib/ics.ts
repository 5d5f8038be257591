/**
 * A minimal iCalendar writer (RFC 5545) for all-day events: what "Add check-ins to my calendar" needs, and no more.
 * About fifty lines of our own rather than a library: the one on npm (`ics`) brings a validation library with it,
 * several times the size of this file.
 */

/** An all-day event. `uid` is stable, so importing the file again updates the event rather than adding a second. */
export interface AllDayEvent {
  uid: string;
  /** The day, as YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 3.1): each continuation line starts with a space, which counts
 * towards its 75. Lines are cut between characters, never inside one character's UTF-8 bytes, and never inside an
 * escape such as `\,` (allowed, but some readers unescape before they unfold).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const compactDate = (date: string) => date.replaceAll('-', '');
/** The day after a YYYY-MM-DD date, as YYYYMMDD: an all-day event's exclusive end. */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** A UTC date-time as iCalendar writes it: 20261125T100000Z. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A calendar file of all-day events, with CRLF line endings throughout. */
export function icsCalendar(events: AllDayEvent[], now: Date, productId: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
