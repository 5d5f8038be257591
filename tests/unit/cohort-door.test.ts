import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The cohort dashboard reads many share links and must not open the viewer's stored progress to do it: the state
 * module is loaded only by a dynamic import (CohortKeep), for keeping and forgetting a cohort. This follows the static
 * imports only (`import … from`, `export … from`, side-effect imports; not type-only ones), which the bundler puts in
 * the page's first load.
 */
const root = resolve(import.meta.dirname, '../..');
const STORAGE = ['src/progress/instance.ts', 'src/progress/storage-engine.ts', 'src/progress/progress.ts'];

function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(resolve(root, file), 'utf8');
    // `import type` and `export type` are erased when the page is bundled, so they load nothing.
    const statements = /^\s*(?:import|export)\s+(type\s+)?[^;()]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
    for (const [, typeOnly, from, bare] of source.matchAll(statements)) {
      const specifier = typeOnly ? '' : (from ?? bare ?? '');
      if (specifier.startsWith('.')) visit(relative(root, resolve(root, dirname(file), specifier)));
    }
  };
  visit(entry);
  return seen;
}

describe('the cohort dashboard', () => {
  it('reads links without loading the modules that open storage', () => {
    const graph = staticImports('src/islands/CohortDashboard.tsx');
    expect(graph).toContain('src/progress/shares.ts');
    expect(graph).toContain('src/islands/CohortKeep.tsx');
    expect(graph).not.toContain('src/islands/cohort-store.ts');
    for (const file of STORAGE) expect(graph).not.toContain(file);
  });

  it('is walked the way the bundler would: the state module’s door does reach them', () => {
    const graph = staticImports('src/progress/index.ts');
    for (const file of STORAGE) expect(graph).toContain(file);
  });
});
