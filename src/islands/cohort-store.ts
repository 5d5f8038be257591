import { MAX_COHORT_LINKS, progress } from '../progress/index.ts';

/**
 * What the cohort dashboard needs from the state module, in a module of its own that CohortKeep loads only after the
 * page is up: reading links never loads it.
 */
export { MAX_COHORT_LINKS, progress };

/** The id of the one cohort a facilitator keeps in a browser. */
const COHORT = 'current';

/** The kept cohort's store: undefined when none is kept, unreadable (and kept aside) when it cannot be read. */
export const keptCohort = () => progress.recordStore('cohort', COHORT);

/** Keeps the cohort's links in this browser, or forgets them (undefined); false when storage refused. */
export const keepCohort = (links: string[] | undefined) => progress.keepCohort(COHORT, links);

/**
 * The CSV download: the state module's own download code (export-file.ts uses it), reached from here so lesson pages
 * keep it in the state module's chunk instead of loading it as a file of its own.
 */
export { downloadText } from '../lib/download-text.ts';
