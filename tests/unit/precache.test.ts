import { describe, expect, it } from 'vitest';
import { isPrecached, precacheEntries, revisionOf } from '../../src/lib/precache.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the files the service worker holds', () => {
  it('holds pages, styles, scripts, exercise data, the search engine and index, icons and downloads', () => {
    for (const path of [
      'index.html',
      'the-shift/from-output-to-leverage/index.html',
      '_astro/Base.abc.css',
      '_astro/Reflection.abc.js',
      'scenarios/one.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/pagefind.en_3.pf_meta',
      'favicon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'toolkit/team-api/team-api.md',
      'toolkit/technical-debt-register/technical-debt-register.csv',
    ])
      expect(isPrecached(path), path).toBe(true);
  });

  it('leaves out itself, its runtime, the sitemap and Pagefind’s ready-made interfaces the course does not use', () => {
    for (const path of [
      'sw.js',
      'workbox-7.4.1/workbox-core.prod.js',
      'sitemap-0.xml',
      'robots.txt',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-highlight.js',
    ])
      expect(isPrecached(path), path).toBe(false);
  });

  it('lists the files in path order with a revision that changes exactly when the content does', () => {
    const entries = precacheEntries([
      { path: 'b.html', bytes: bytes('two') },
      { path: 'sw.js', bytes: bytes('worker') },
      { path: 'a.css', bytes: bytes('one') },
    ]);
    expect(entries.map((e) => e.url)).toEqual(['a.css', 'b.html']);
    expect(entries[0]!.revision).toBe(revisionOf(bytes('one')));
    expect(revisionOf(bytes('one'))).toMatch(/^[0-9a-f]{16}$/);
    expect(revisionOf(bytes('one'))).not.toBe(revisionOf(bytes('one!')));
  });
});
