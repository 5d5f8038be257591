import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from './sites.ts';

/**
 * A module's relative imports that load code: `import … from`, `export … from` and side-effect imports (not
 * `import type` or `export type`, which the bundler erases), and separately its dynamic `import('…')`s.
 */
function importsOf(source: string): { static: string[]; dynamic: string[] } {
  const statements = /^\s*(?:import|export)\s+(type\s+)?[^;()]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  const loaded = [...source.matchAll(statements)].flatMap(([, typeOnly, from, bare]) => (typeOnly ? [] : [from ?? bare ?? '']));
  const dynamic = [...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map(([, specifier]) => specifier ?? '');
  const relativeOnly = (specifiers: string[]) => specifiers.filter((specifier) => specifier.startsWith('.'));
  return { static: relativeOnly(loaded), dynamic: relativeOnly(dynamic) };
}

/**
 * Every project file a module reaches, itself included, as paths from the project's root (`src/lib/countdown.ts`):
 * through static imports only, which the bundler puts in the page's first load, or with `{ dynamic: true }` also
 * through dynamic imports, which it loads later.
 */
export function importGraph(entry: string, { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = importsOf(readFileSync(resolve(PROJECT_ROOT, file), 'utf8'));
    for (const specifier of dynamic ? [...imports.static, ...imports.dynamic] : imports.static)
      visit(relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(file), specifier)));
  };
  visit(entry);
  return seen;
}
