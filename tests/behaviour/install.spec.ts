import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../support/browser.ts';
import { untilOfflineReady } from '../support/offline.ts';
import { SITES, type SiteName } from '../support/sites.ts';

interface Manifest {
  start_url: string;
  scope: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** A PNG's width and height, from its header. */
const pngSize = (bytes: Buffer) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

for (const siteName of ['fixture', 'fixture-under-course'] as SiteName[]) {
  test.describe(`installing the course, ${siteName === 'fixture' ? 'at the root' : 'under /course/'}`, () => {
    test.use({ siteName });

    test('Chromium finds it installable, with a manifest whose start, scope and icons follow the base path', async ({ site }) => {
      // Chromium never offers to install from a private window, which is what a test's usual browser context is: this
      // test runs in a browser with a profile of its own, as a learner's is.
      const profile = mkdtempSync(join(tmpdir(), 'install-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
        baseURL: site.url,
        serviceWorkers: 'allow',
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto('');
        await untilOfflineReady(page);
        await page.reload();
        const cdp = await page.context().newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);
        const { url, errors, data } = await cdp.send('Page.getAppManifest');
        expect(errors).toEqual([]);
        expect(url).toBe(`${site.url}manifest.webmanifest`);

        const base = new URL(site.url).pathname;
        const manifest = JSON.parse(data!) as Manifest;
        expect(manifest.start_url).toBe(base);
        expect(manifest.scope).toBe(base);
        expect(manifest.icons.map((i) => i.type)).toEqual(['image/svg+xml', 'image/png', 'image/png', 'image/png']);
        for (const icon of manifest.icons) {
          expect(icon.src.startsWith(base)).toBe(true);
          const file = readFileSync(join(SITES[siteName].outDir, icon.src.slice(base.length)));
          if (icon.type === 'image/png') expect(pngSize(file)).toBe(icon.sizes);
        }
        expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    });
  });
}
