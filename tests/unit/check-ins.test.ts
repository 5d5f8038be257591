import { describe, expect, it } from 'vitest';
import { checkIns, dayCount } from '../../src/lib/check-ins.ts';
import { escapeText, foldLine, icsCalendar } from '../../src/lib/ics.ts';

const NOW = new Date('2026-11-25T10:30:00.000Z');
const item = (text: string, target: string, updatedAt: string, done = false) => ({ text, target, done, updatedAt });

describe('check-in dates', () => {
  it('reads day counts and nothing else', () => {
    expect(['Day 30', 'day 90', ' Day  7 ', 'Day30', 'Next quarter', 'Day 30 or so', '30'].map(dayCount)).toEqual([
      30,
      90,
      7,
      30,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('counts from the day the plan was started (its earliest update), one event per date, skipping other targets', () => {
    const { events, skipped } = checkIns([
      {
        items: [
          item('Later edit', 'Day 60', '2026-03-20T09:00:00.000Z'),
          item('First written', 'Day 30', '2026-03-01T09:00:00.000Z', true),
          item('Also day 30', 'Day 30', '2026-03-02T09:00:00.000Z'),
          item('Someday', 'Next quarter', '2026-03-02T09:00:00.000Z'),
        ],
      },
    ]);
    expect(events.map((e) => [e.date, e.summary])).toEqual([
      ['2026-03-31', 'Check in on your plan: Day 30'],
      ['2026-04-30', 'Check in on your plan: Day 60'],
    ]);
    expect(events[0]!.description).toBe(
      'What you committed to for Day 30:\n- First written (done)\n- Also day 30\n\nTick them off on My progress in From Building to Enabling.',
    );
    expect(skipped).toEqual([{ text: 'Someday', target: 'Next quarter' }]);
  });

  it('takes the start day in the learner’s time zone', () => {
    const lists = [{ items: [item('Plan', 'Day 1', '2026-03-01T20:00:00.000Z')] }];
    expect(checkIns(lists, 'UTC').events[0]!.date).toBe('2026-03-02');
    expect(checkIns(lists, 'Pacific/Auckland').events[0]!.date).toBe('2026-03-03');
  });
});

describe('the calendar file (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and every kind of line break in text', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without splitting a character, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}🙂${'x'.repeat(10)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    // "DESCRIPTION:" is 12 octets, then 31 two-octet characters make 74: the 32nd would pass 75.
    expect(lines[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('writes one all-day event per check-in date (golden)', () => {
    const { events } = checkIns(
      [
        {
          items: [
            item('<script>alert(1)</script>, then; a\\b', 'Day 30', '2026-03-01T09:00:00.000Z', true),
            item(
              'فريق العمل 🙂🙂 weekly 1:1s with every lead צוות, written long enough to need folding',
              'Day 60',
              '2026-03-01T09:00:00.000Z',
            ),
          ],
        },
      ],
      'UTC',
    );
    expect(icsCalendar(events, NOW, '-//From Building to Enabling//Check-ins//EN')).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//From Building to Enabling//Check-ins//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:check-in-2026-03-31@from-building-to-enabling',
        'DTSTAMP:20261125T103000Z',
        'DTSTART;VALUE=DATE:20260331',
        'DTEND;VALUE=DATE:20260401',
        'SUMMARY:Check in on your plan: Day 30',
        'DESCRIPTION:What you committed to for Day 30:\\n- <script>alert(1)</script>',
        ' \\, then\\; a\\\\b (done)\\n\\nTick them off on My progress in From Building to ',
        ' Enabling.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:check-in-2026-04-30@from-building-to-enabling',
        'DTSTAMP:20261125T103000Z',
        'DTSTART;VALUE=DATE:20260430',
        'DTEND;VALUE=DATE:20260501',
        'SUMMARY:Check in on your plan: Day 60',
        // A fold between two emoji (four octets each), and an escape such as "\\n" never cut in two.
        'DESCRIPTION:What you committed to for Day 60:\\n- فريق العمل 🙂',
        ' 🙂 weekly 1:1s with every lead צוות\\, written long enough to need fo',
        ' lding\\n\\nTick them off on My progress in From Building to Enabling.',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});
