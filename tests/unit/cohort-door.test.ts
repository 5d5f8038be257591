import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.ts';

/**
 * The cohort dashboard reads many share links and must not open the viewer's stored progress to do it: the state
 * module is loaded only by a dynamic import (CohortKeep), for keeping and forgetting a cohort. This follows the static
 * imports only (`import … from`, `export … from`, side-effect imports; not type-only ones), which the bundler puts in
 * the page's first load.
 */
const STORAGE = ['src/progress/instance.ts', 'src/progress/storage-engine.ts', 'src/progress/progress.ts'];

describe('the cohort dashboard', () => {
  it('reads links without loading the modules that open storage', () => {
    const graph = importGraph('src/islands/CohortDashboard.tsx');
    expect(graph).toContain('src/progress/shares.ts');
    expect(graph).toContain('src/islands/CohortKeep.tsx');
    expect(graph).not.toContain('src/islands/cohort-store.ts');
    for (const file of STORAGE) expect(graph).not.toContain(file);
  });

  it('is walked the way the bundler would: the state module’s door does reach them', () => {
    const graph = importGraph('src/progress/index.ts');
    for (const file of STORAGE) expect(graph).toContain(file);
  });
});
