// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { firstPaint } from './src/integrations/first-paint.ts';
import { islandRuntimeFile } from './src/integrations/island-runtime-file.ts';
import { islandStyleInStylesheet } from './src/integrations/island-style-in-stylesheet.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';

/** Where the site is deployed: any static host, at any path. */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // Separate builds (the tests build broken fixtures) must not share a content cache.
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // Two content files resolving to one lesson id must fail the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  // Not pages to be found: the design system's page is for the people who build the course, the mentor view and the
  // cohort dashboard are empty until links are opened, and a presenter screen only repeats its session's plan.
  integrations: [
    mdx(),
    preact(),
    sitemap({
      filter: (page) =>
        !/\/(design|shared|offline|facilitator\/cohort|facilitator\/[^/]+\/present)\/$/.test(new URL(page).pathname),
    }),
    firstPaint(),
    islandRuntimeFile(),
    islandStyleInStylesheet(),
    // After every integration that changes a page's inline scripts or styles: hooks run in this order.
    pageCsp(),
    pagefindIndex(),
    // After the search index, which it holds for offline use.
    serviceWorker(),
  ],
  // Shiki writes inline styles, which a strict Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  security: { csp: contentSecurityPolicy },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  // Small page scripts are cached as files rather than repeated inside every page's HTML (which has a budget).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Preact, its hooks and its JSX runtime travel together: every island needs all three, and one file is about
        // 0.3 KB smaller than three.
        output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } },
        onLog(level, log, handler) {
          // Astro marks MDX modules with its own "use astro:head-inject" directive, which it handles itself; the
          // bundler's note that it may drop the directive is noise on every lesson.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
