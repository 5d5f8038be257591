import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LEGACY_SCENARIO_OPTIONS } from '../../src/progress/legacy-scenario-options.ts';

/** How many options each scenario had when answers were stored by position (commit 7223f6d). Fixed history. */
const OLD_OPTION_COUNTS: Record<string, number> = {
  'automation-and-paved-roads-new-database': 4,
  'capstone-day-twenty': 4,
  'career-systems-and-hiring-star-engineer': 4,
  'centralise-or-decentralise-pipelines': 4,
  'designing-teams-shared-service': 4,
  'engineering-finance-budgets-hiring-freeze': 4,
  'engineering-finance-returns-cloud-cut': 4,
  'from-output-to-leverage-new-tech-lead': 4,
  'from-vision-to-roadmap-ceo-request': 4,
  'influence-across-the-company-sales-promise': 4,
  'leading-leaders-skip-level-signal': 4,
  'outcomes-over-process-review-board': 4,
  'prevent-dont-just-solve-sev1': 4,
  'reliability-and-scalability-budget-spent': 4,
  'software-entropy-and-technical-debt-rewrite': 4,
  'start-here-the-weekend-fix': 4,
  'sustaining-yourself-always-on': 4,
  'the-system-of-engineering-unused-tool': 4,
  'trust-feedback-and-growth-harsh-reviewer': 4,
};

/**
 * The course's scenarios today that existed when answers were stored by position, with their current option ids.
 * Scenarios written since have no old answers to migrate, so the map has no entry for them.
 */
const scenarios = readdirSync('content/scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    optionIds: (parse(readFileSync(`content/scenarios/${file}`, 'utf8')) as { options: { id: string }[] }).options.map(
      (o) => o.id,
    ),
  }))
  .filter(({ id }) => id in OLD_OPTION_COUNTS);

describe('the map from old option positions to option ids', () => {
  it('covers exactly the scenarios that existed when answers were stored by position, all still in the course', () => {
    expect(Object.keys(LEGACY_SCENARIO_OPTIONS).sort()).toEqual(Object.keys(OLD_OPTION_COUNTS).sort());
    expect(scenarios.map(({ id }) => id).sort()).toEqual(Object.keys(OLD_OPTION_COUNTS).sort());
  });

  it.each(scenarios)('has an entry for $id with one position per old option', ({ id }) => {
    expect(LEGACY_SCENARIO_OPTIONS[id]).toHaveLength(OLD_OPTION_COUNTS[id]!);
  });

  it.each(scenarios)('maps $id only to its current option ids, each at most once', ({ id, optionIds }) => {
    const mapped = (LEGACY_SCENARIO_OPTIONS[id] ?? []).filter((option): option is string => option !== null);
    for (const option of mapped) expect(optionIds, `${id}: ${option}`).toContain(option);
    expect(new Set(mapped).size).toBe(mapped.length);
  });
});
