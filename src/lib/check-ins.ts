import type { AllDayEvent } from './ics.ts';

/**
 * Check-ins for a learner's commitments: one all-day calendar event on each date a commitment is due.
 *
 * A target is a day count such as "Day 30", counted from the day the plan was started: the day of the earliest
 * `updatedAt` among the commitments of its list (the course stores no separate start date, and a commitment's
 * `updatedAt` is first set when it is added). Day 30 of a plan started on 1 March is 31 March. Dates are calendar
 * days in the learner's time zone. A target that is not a day count ("Next quarter") has no date, so its
 * commitments are left out and listed in `skipped` for the learner to be told.
 */

interface CommitmentItem {
  text: string;
  target: string;
  done: boolean;
  updatedAt: string;
}

export interface CheckIns {
  /** With the targets due on each date, as "Day 30" (two lists may give one date two targets). */
  events: (AllDayEvent & { targets: string })[];
  skipped: { text: string; target: string }[];
}

/** The day count of a target such as "Day 30" or "day 90", or undefined. */
export function dayCount(target: string): number | undefined {
  const match = /^day\s*(\d{1,4})$/i.exec(target.trim());
  return match ? Number(match[1]) : undefined;
}

/** The calendar day (YYYY-MM-DD) of a moment in a time zone (the runtime's own when none is given). */
function calendarDay(iso: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The check-in events for every list of commitments, one per due date, in date order. */
export function checkIns(lists: { items: CommitmentItem[] }[], timeZone?: string): CheckIns {
  const due = new Map<string, CommitmentItem[]>();
  const skipped: CheckIns['skipped'] = [];
  for (const { items } of lists) {
    if (!items.length) continue;
    const started = calendarDay(
      items.map((i) => i.updatedAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a)),
      timeZone,
    );
    for (const item of items) {
      const days = dayCount(item.target);
      if (days === undefined) skipped.push({ text: item.text, target: item.target });
      else {
        const date = addDays(started, days);
        due.set(date, [...(due.get(date) ?? []), item]);
      }
    }
  }
  const events = [...due]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]) => {
      const targets = [...new Set(items.map((i) => i.target.trim()))].join(', ');
      return {
        targets,
        uid: `check-in-${date}@from-building-to-enabling`,
        date,
        summary: `Check in on your plan: ${targets}`,
        description: [
          `What you committed to for ${targets}:`,
          ...items.map((i) => `- ${i.text}${i.done ? ' (done)' : ''}`),
          '',
          'Tick them off on My progress in From Building to Enabling.',
        ].join('\n'),
      };
    });
  return { events, skipped };
}
