import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { templateSchema } from '../../src/schemas/template.ts';
import { PROJECT_ROOT } from '../support/sites.ts';

/** The templates the course promises a new leader (the toolkit may hold more). */
const PROMISED = [
  'blameless-postmortem',
  'one-page-roadmap',
  'capacity-allocation-sheet',
  'team-api',
  'delegation-brief',
  'skip-level-agenda',
  'technical-debt-register',
  'slo-and-error-budget-policy',
  'headcount-and-budget-plan',
  'executive-update',
  'ritual-keep-or-kill-review',
  'thirty-sixty-ninety-day-plan',
  'mentor-conversation-guide',
];

/** Templates whose table a spreadsheet is the natural tool for: each offers it as CSV. */
const SPREADSHEETS = ['capacity-allocation-sheet', 'technical-debt-register', 'headcount-and-budget-plan'];

const DIR = join(PROJECT_ROOT, 'content', 'toolkit');
const templates = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), templateSchema.parse(parseYaml(readFileSync(join(DIR, f), 'utf8')))]),
);

describe('the toolkit in content/toolkit', () => {
  it('holds every promised template', () => {
    expect(PROMISED.filter((id) => !templates.has(id))).toEqual([]);
  });

  it('offers a CSV where a spreadsheet is the natural tool', () => {
    const withoutCsv = SPREADSHEETS.filter((id) => !templates.get(id)?.sections.some((s) => s.table?.csv));
    expect(withoutCsv).toEqual([]);
  });

  it('gives each template its own title', () => {
    const titles = [...templates.values()].map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
