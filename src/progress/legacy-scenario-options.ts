/**
 * Scenario answers were stored by position until the options were given ids. For each scenario that existed then,
 * the id of the option at each old position, or null where the old option has no counterpart today. Fixed history:
 * it never grows with the course.
 */
export const LEGACY_SCENARIO_OPTIONS: Readonly<Record<string, readonly (string | null)[]>> = {
  'automation-and-paved-roads-new-database': [
    'decline-and-use-the-road',
    'platform-team-adds-it-to-the-road',
    'allow-with-search-team-owning-it',
    null,
  ],
  'capstone-day-twenty': [null, 'back-the-platform-rewrite', 'findings-early-win-and-dates', 'ask-for-sixty-days'],
  'career-systems-and-hiring-star-engineer': [
    'give-her-the-team',
    'offer-staff-instead',
    'explore-both-paths',
    'manager-and-pipeline-lead',
  ],
  'centralise-or-decentralise-pipelines': [
    'central-team-owns-pipelines',
    'guideline-and-quarterly-checks',
    'platform-team-and-secrets-rule',
    null,
  ],
  'designing-teams-shared-service': ['review-deadline-for-checkout', 'fork-with-shared-tests', 'one-owner-as-a-service', null],
  'engineering-finance-budgets-hiring-freeze': [
    'accept-the-freeze-as-stated',
    'costed-plan-keeping-payments',
    'argue-for-product-investment',
    null,
  ],
  'engineering-finance-returns-cloud-cut': [
    'show-unit-cost-instead',
    'ranked-savings-plan',
    'even-target-per-team',
    'study-a-cheaper-provider',
  ],
  'from-output-to-leverage-new-tech-lead': [
    'run-the-coordination-yourself',
    'weekly-written-status',
    'plan-with-him-then-step-back',
    'hand-the-role-to-someone-else',
  ],
  'from-vision-to-roadmap-ceo-request': [
    'agree-and-find-capacity',
    'first-slot-next-quarter',
    'trade-off-paper-and-discovery',
    null,
  ],
  'influence-across-the-company-sales-promise': [
    'commit-and-pause-security',
    'decline-and-propose-a-rule',
    'scope-it-in-two-days',
    'hand-the-scoping-to-product',
  ],
  'leading-leaders-skip-level-signal': [
    'share-names-and-comments',
    'wait-for-next-skip-levels',
    'raise-the-pattern-privately',
    null,
  ],
  'outcomes-over-process-review-board': [
    null,
    'keep-it-and-ask-for-data',
    'co-lead-a-review-of-the-board',
    'weekly-board-and-no-splitting',
  ],
  'prevent-dont-just-solve-sev1': [
    'name-the-cause-and-coach',
    'process-failure-no-blame',
    'impact-and-blameless-review',
    'approval-until-a-test-exists',
  ],
  'reliability-and-scalability-budget-spent': [
    'launch-then-reliability-sprint',
    'hold-the-launch',
    'guarded-release-by-exception',
    'review-the-target-first',
  ],
  'software-entropy-and-technical-debt-rewrite': [
    'approve-the-rewrite',
    'pricing-first-then-revisit',
    'replace-it-piece-by-piece',
    null,
  ],
  'start-here-the-weekend-fix': [
    'finish-it-and-walk-her-through',
    'pair-on-the-riskiest-parts',
    'trust-her-and-stay-available',
    null,
  ],
  'sustaining-yourself-always-on': [
    null,
    'delegate-reset-and-find-peers',
    'schedule-messages-for-morning',
    'ask-for-a-chief-of-staff',
  ],
  'the-system-of-engineering-unused-tool': [
    'require-dashboards-by-quarter-end',
    'survey-and-consider-switching',
    'one-team-pilot',
    'train-every-engineer',
  ],
  'trust-feedback-and-growth-harsh-reviewer': [
    'raise-it-at-the-review',
    'talk-to-him-this-week',
    'agree-team-review-guidelines',
    'spread-the-junior-reviews',
  ],
};
