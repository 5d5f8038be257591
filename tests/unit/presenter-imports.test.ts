import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every project file a module reaches through its relative imports, itself included. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, path] of source.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    if (path) reachable(resolve(dirname(file), path), seen);
  }
  return seen;
}

describe('the presenter screen’s code', () => {
  it('never reaches the stored progress, so a facilitator’s own course data cannot reach a shared screen', () => {
    const files = [...reachable(resolve(ROOT, 'src/islands/Presenter.tsx'))].map((file) => relative(ROOT, file));
    expect(files).toContain('src/lib/countdown.ts');
    expect(files.filter((file) => file.startsWith('src/progress/'))).toEqual([]);
  });
});
