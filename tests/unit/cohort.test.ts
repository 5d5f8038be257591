import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohortLines, formatMeanChange, summariseCohort, type CohortOutline, type ReadLink } from '../../src/lib/cohort.ts';
import { cohortCsv } from '../../src/lib/cohort-csv.ts';
import { fragmentOf } from '../../src/lib/share-fragment.ts';
import { decodeShare, encodeShare, SHARE_FORMAT, SHARE_VERSION, type SharePayload } from '../../src/progress/shares.ts';

const OUTLINE: CohortOutline = {
  modules: [
    { id: 'orientation', title: 'Orientation', lessons: [{ id: 'start-here' }] },
    {
      id: 'foundations',
      title: 'Foundations',
      lessons: [{ id: 'first-lesson' }, { id: 'second-lesson' }],
    },
  ],
  instruments: [
    {
      id: 'skills',
      title: 'Skills',
      dimensions: [
        { id: 'listening', name: 'Listening' },
        { id: 'planning', name: 'Planning' },
      ],
    },
  ],
  scenarios: {
    'new-lead': {
      title: 'A new lead',
      options: { 'do-it': 'Do it yourself', coach: 'Coach the owner', leave: 'Leave it' },
      recommended: ['coach'],
    },
  },
};

const learner = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const attempt = (listening: number, planning?: number) => ({
  completedAt: '2026-06-01T10:00:00.000Z',
  exercise: 'baseline',
  ratings: planning === undefined ? { listening } : { listening, planning },
});
const share = (n: number, extra: Partial<SharePayload> = {}): SharePayload => ({
  format: SHARE_FORMAT,
  version: SHARE_VERSION,
  learner: learner(n),
  sharedAt: '2026-11-20T10:00:00.000Z',
  ...extra,
});
const ok = (line: number, payload: SharePayload): ReadLink => ({ line, result: { ok: true, payload } });

describe('reading the pasted text', () => {
  it('keeps every non-blank line, trimmed, with the line number the facilitator sees', () => {
    expect(cohortLines('  a \r\n\n b\r\rc\n   \n')).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
      { line: 5, text: 'c' },
    ]);
    expect(cohortLines('')).toEqual([]);
  });
});

describe('summarising a cohort', () => {
  it('counts a learner once, by learner id, the newer share winning wherever it is pasted', () => {
    const older = share(1, {
      name: 'Old Ana',
      sharedAt: '2026-11-01T10:00:00.000Z',
      assessments: { skills: { attempts: [attempt(1)] } },
    });
    const newer = share(1, {
      name: 'Ana',
      sharedAt: '2026-11-10T10:00:00.000Z',
      assessments: { skills: { attempts: [attempt(4)] } },
    });
    for (const links of [
      [ok(1, older), ok(2, share(2)), ok(3, newer)],
      [ok(1, newer), ok(2, share(2)), ok(3, older)],
    ]) {
      const cohort = summariseCohort(links, OUTLINE);
      expect(cohort.participants.map((p) => [p.label, p.name])).toEqual([
        ['Participant 1', 'Ana'],
        ['Participant 2', undefined],
      ]);
      expect(cohort.instruments[0]!.latest[0]!.counts).toEqual([0, 0, 0, 1, 0]);
      expect(cohort.replaced).toHaveLength(1);
    }
    expect(summariseCohort([ok(1, older), ok(2, share(2)), ok(3, newer)], OUTLINE).replaced).toEqual([{ line: 1, by: 3 }]);
    expect(summariseCohort([ok(1, newer), ok(2, share(2)), ok(3, older)], OUTLINE).replaced).toEqual([{ line: 3, by: 1 }]);
  });

  it('lists links that could not be read by line, and reads the rest', () => {
    const cohort = summariseCohort(
      [
        ok(1, share(1, { completed: ['start-here'] })),
        { line: 2, result: { ok: false, problem: 'damaged' } },
        { line: 4, result: { ok: false, problem: 'passphrase-needed' } },
        ok(5, share(2, { completed: ['start-here', 'first-lesson'] })),
      ],
      OUTLINE,
    );
    expect(cohort.links).toBe(4);
    expect(cohort.participants).toHaveLength(2);
    expect(cohort.problems).toEqual([
      { line: 2, problem: 'damaged' },
      { line: 4, problem: 'passphrase-needed' },
    ]);
    expect(cohort.modules).toEqual([
      { module: 'orientation', title: 'Orientation', lessons: 1, completedAll: 2, completedSome: 0 },
      { module: 'foundations', title: 'Foundations', lessons: 2, completedAll: 0, completedSome: 1 },
    ]);
  });

  it('gives the distribution of each dimension’s latest rating', () => {
    const cohort = summariseCohort(
      [
        ok(1, share(1, { assessments: { skills: { attempts: [attempt(1, 1), attempt(3, 2)] } } })),
        ok(2, share(2, { assessments: { skills: { attempts: [attempt(3)] } } })),
        ok(3, share(3, { assessments: { skills: { attempts: [attempt(5, 5)] } } })),
        ok(4, share(4)),
      ],
      OUTLINE,
    );
    const [skills] = cohort.instruments;
    expect(skills!.participants).toBe(3);
    expect(skills!.latest).toEqual([
      { dimension: 'listening', name: 'Listening', counts: [0, 0, 2, 0, 1], rated: 3 },
      { dimension: 'planning', name: 'Planning', counts: [0, 1, 0, 0, 1], rated: 2 },
    ]);
  });

  it('pairs each participant’s first attempt with their latest, per dimension, with n, the mean and the directions', () => {
    const cohort = summariseCohort(
      [
        ok(1, share(1, { assessments: { skills: { attempts: [attempt(1, 2), attempt(2, 2), attempt(3, 2)] } } })),
        ok(2, share(2, { assessments: { skills: { attempts: [attempt(4, 3), attempt(3)] } } })),
        ok(3, share(3, { assessments: { skills: { attempts: [attempt(2, 2), attempt(2, 1)] } } })),
        // A single attempt has nothing to pair with.
        ok(4, share(4, { assessments: { skills: { attempts: [attempt(5, 5)] } } })),
      ],
      OUTLINE,
    );
    const [skills] = cohort.instruments;
    expect(skills!.paired).toBe(3);
    expect(skills!.changes).toEqual([
      { dimension: 'listening', name: 'Listening', n: 3, meanChange: (2 - 1 + 0) / 3, up: 1, same: 1, down: 1 },
      // Participant 2's later attempt did not rate planning: they are not in its n.
      { dimension: 'planning', name: 'Planning', n: 2, meanChange: -0.5, up: 0, same: 1, down: 1 },
    ]);
    expect(formatMeanChange(skills!.changes[0]!.meanChange)).toBe('+0.33');
    expect(formatMeanChange(-0.5)).toBe('−0.5');
    expect(formatMeanChange(undefined)).toBe('—');
  });

  it('counts scenario answers by option, marks the recommended one and ignores options the course no longer has', () => {
    const answer = (option: string) => ({ 'new-lead': { option, answeredAt: '2026-11-02T10:00:00.000Z' } });
    const cohort = summariseCohort(
      [
        ok(1, share(1, { scenarios: answer('coach') })),
        ok(2, share(2, { scenarios: answer('coach') })),
        ok(3, share(3, { scenarios: answer('leave') })),
        ok(4, share(4, { scenarios: answer('gone-option') })),
      ],
      OUTLINE,
    );
    expect(cohort.scenarios).toEqual([
      {
        scenario: 'new-lead',
        title: 'A new lead',
        answered: 3,
        options: [
          { option: 'do-it', label: 'Do it yourself', recommended: false, count: 0 },
          { option: 'coach', label: 'Coach the owner', recommended: true, count: 2 },
          { option: 'leave', label: 'Leave it', recommended: false, count: 1 },
        ],
      },
    ]);
  });

  it('reads links decoded by the share door, valid and invalid together', async () => {
    const plain = await encodeShare(share(1, { name: 'Ana' }));
    const lines = cohortLines(`https://example.invalid/shared/#${plain}\n\nnot a link\n${plain.slice(0, -30)}`);
    const read = await Promise.all(lines.map(async ({ line, text }) => ({ line, result: await decodeShare(fragmentOf(text)) })));
    const cohort = summariseCohort(read, OUTLINE);
    expect(cohort.participants.map((p) => p.name)).toEqual(['Ana']);
    expect(cohort.problems).toEqual([
      { line: 3, problem: 'not-a-share' },
      { line: 4, problem: 'incomplete' },
    ]);
  });
});

describe('the CSV export', () => {
  const cohort = summariseCohort(
    [
      ok(
        1,
        share(1, { name: 'Ana, “the lead” <b>bold</b>', assessments: { skills: { attempts: [attempt(2, 3), attempt(3, 3)] } } }),
      ),
      ok(
        2,
        share(2, {
          name: '=HYPERLINK("http://evil.invalid","click")',
          scenarios: { 'new-lead': { option: 'coach', answeredAt: '2026-11-02T10:00:00.000Z' } },
        }),
      ),
      ok(3, share(3, { name: 'Say "hi"\nthen go', completed: ['start-here', 'first-lesson'] })),
      ok(4, share(4, { name: '-1+1', assessments: { skills: { attempts: [attempt(4, 4), attempt(2, 5)] } } })),
      { line: 5, result: { ok: false, problem: 'wrong-passphrase' } },
    ],
    OUTLINE,
  );

  it('matches the golden file, names included, when names are shown', () => {
    const golden = readFileSync(new URL('fixtures/cohort-with-names.csv', import.meta.url), 'utf8');
    expect(cohortCsv(cohort, { showNames: true })).toBe(golden);
  });

  it('leaves every name out while names are hidden', () => {
    const csv = cohortCsv(cohort, { showNames: false });
    expect(csv).not.toMatch(/Ana|HYPERLINK|"hi"|-1\+1|Participant 1/);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFSection,Group,Item,Measure,Value');
  });

  it('starts with a byte-order mark, so Excel reads it as UTF-8 and keeps curly quotes and “€” intact', () => {
    const csv = cohortCsv(cohort, { showNames: true });
    expect(csv.startsWith('\uFEFFSection,')).toBe(true);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
  });
});
