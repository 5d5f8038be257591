import { SHARE_PROBLEM_MESSAGES } from '../progress/shares.ts';
import { participantName, type Cohort } from './cohort.ts';
import { csvText, type Cell } from './csv.ts';

/**
 * The cohort dashboard's figures as one CSV table (RFC 4180: commas, quotes and line breaks quoted, CRLF between
 * rows), one figure a row, so a spreadsheet can filter and pivot it. Names appear only when the facilitator shows
 * them on the page.
 */

const HEADER: Cell[] = ['Section', 'Group', 'Item', 'Measure', 'Value'];

/** Every figure on the dashboard, a row each, with the participants' names only when `showNames`. */
export function cohortCsv(cohort: Cohort, { showNames }: { showNames: boolean }): string {
  const rows: Cell[][] = [
    HEADER,
    ['Cohort', '', '', 'Links read', cohort.links],
    ['Cohort', '', '', 'Participants', cohort.participants.length],
    ['Cohort', '', '', 'Older links from the same learner, set aside', cohort.replaced.length],
    ['Cohort', '', '', 'Links that could not be read', cohort.problems.length],
  ];
  if (showNames) {
    for (const p of cohort.participants) rows.push(['Participant', '', p.label, 'Name', participantName(p, true)]);
  }
  for (const i of cohort.instruments) {
    for (const d of i.latest) {
      d.counts.forEach((count, level) => rows.push(['Latest rating', i.title, d.name, `Level ${level + 1}`, count]));
      rows.push(['Latest rating', i.title, d.name, 'Rated', d.rated]);
    }
    for (const c of i.changes) {
      rows.push(['Baseline to later', i.title, c.name, 'Pairs (n)', c.n]);
      if (c.meanChange !== undefined) {
        rows.push(['Baseline to later', i.title, c.name, 'Mean change', Math.round(c.meanChange * 100) / 100]);
      }
      rows.push(['Baseline to later', i.title, c.name, 'Went up', c.up]);
      rows.push(['Baseline to later', i.title, c.name, 'Stayed', c.same]);
      rows.push(['Baseline to later', i.title, c.name, 'Went down', c.down]);
    }
  }
  for (const s of cohort.scenarios.filter((s) => s.answered > 0)) {
    for (const o of s.options) {
      rows.push(['Scenario', s.title, o.label, o.recommended ? 'Chose (recommended)' : 'Chose', o.count]);
    }
  }
  for (const m of cohort.modules) {
    rows.push([
      'Completion',
      m.title,
      '',
      m.lessons === 1 ? 'Completed its lesson' : `Completed all ${m.lessons} lessons`,
      m.completedAll,
    ]);
    rows.push(['Completion', m.title, '', 'Completed some lessons', m.completedSome]);
  }
  for (const { line, problem } of cohort.problems) {
    rows.push(['Link not read', '', `Line ${line}`, 'Reason', SHARE_PROBLEM_MESSAGES[problem]]);
  }
  return csvText(rows);
}

/** `from-building-to-enabling-cohort-2026-11-25.csv`: named like the course's other downloads, sorting by date. */
export const cohortCsvFileName = (now = new Date()) => `from-building-to-enabling-cohort-${now.toISOString().slice(0, 10)}.csv`;
