import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The mentor view opens someone else's share and must never read, write or migrate the viewer's own progress, so its
 * door, src/progress/shares.ts, must not reach the modules that open storage when they are evaluated. This follows
 * every relative import (static, re-export, side effect or dynamic) from a file, as the bundler would.
 */
const root = resolve(import.meta.dirname, '../..');
const STORAGE = ['src/progress/instance.ts', 'src/progress/storage-engine.ts', 'src/progress/progress.ts'];

function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(resolve(root, file), 'utf8');
    for (const [, a, b] of source.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const specifier = a ?? b ?? '';
      if (specifier.startsWith('.')) visit(relative(root, resolve(root, dirname(file), specifier)));
    }
  };
  visit(entry);
  return seen;
}

describe('the share door', () => {
  it('never reaches the modules that open storage', () => {
    const graph = importGraph('src/progress/shares.ts');
    expect(graph).toContain('src/progress/share-codec.ts');
    for (const file of STORAGE) expect(graph).not.toContain(file);
  });

  it('is walked the way the bundler would: the storage door does reach them', () => {
    const graph = importGraph('src/progress/index.ts');
    for (const file of STORAGE) expect(graph).toContain(file);
    expect(graph).toContain('src/progress/shares.ts');
  });
});
