import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.ts';

/**
 * The mentor view opens someone else's share and must never read, write or migrate the viewer's own progress, so its
 * door, src/progress/shares.ts, must not reach the modules that open storage when they are evaluated. This follows
 * every relative import that loads code (static, re-export, side effect or dynamic) from a file, as the bundler would.
 */
const STORAGE = ['src/progress/instance.ts', 'src/progress/storage-engine.ts', 'src/progress/progress.ts'];

describe('the share door', () => {
  it('never reaches the modules that open storage', () => {
    const graph = importGraph('src/progress/shares.ts', { dynamic: true });
    expect(graph).toContain('src/progress/share-codec.ts');
    for (const file of STORAGE) expect(graph).not.toContain(file);
  });

  it('is walked the way the bundler would: the storage door does reach them', () => {
    const graph = importGraph('src/progress/index.ts', { dynamic: true });
    for (const file of STORAGE) expect(graph).toContain(file);
    expect(graph).toContain('src/progress/shares.ts');
  });
});
