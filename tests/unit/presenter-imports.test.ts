import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.ts';

describe('the presenter screen’s code', () => {
  it('never reaches the stored progress, so a facilitator’s own course data cannot reach a shared screen', () => {
    const files = [...importGraph('src/islands/Presenter.tsx', { dynamic: true })];
    expect(files).toContain('src/lib/countdown.ts');
    expect(files.filter((file) => file.startsWith('src/progress/'))).toEqual([]);
  });
});
