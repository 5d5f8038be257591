import { test, expect } from '../support/test.ts';
import { presentFullScreen, openPresenter, presenterFit } from '../support/presenter.ts';
import { presenterPaths } from '../support/sitemap.ts';

/** How many of the tightest steps the test prints, so a step growing towards the edge is seen before it overflows. */
const SHOWN = 5;

test('every step of every session’s presenter screen fits a 1280×720 projector full screen, whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const spares: { step: string; spare: number }[] = [];
  for (const path of presenterPaths('real')) {
    await openPresenter(page, path);
    await presentFullScreen(page);
    const steps = Number(/ of (\d+)$/.exec((await page.locator('#presenter-position').textContent()) ?? '')?.[1]);
    expect(steps, path).toBeGreaterThan(0);
    for (let step = 1; step <= steps; step++) {
      await expect(page.locator('#presenter-position')).toHaveText(`Step ${step} of ${steps}`);
      const title = await page.locator('#presenter-step-title').textContent();
      const { fits, spare } = await presenterFit(page);
      expect(fits, `${path} step ${step}: ${title}`).toEqual({ width: true, height: true, box: true });
      spares.push({ step: `${path} step ${step} (${title})`, spare });
      await page.keyboard.press('ArrowRight');
    }
  }
  spares.sort((a, b) => a.spare - b.spare);
  console.log(
    `Closest to overflowing at 1280×720, of ${spares.length} steps:\n${spares
      .slice(0, SHOWN)
      .map(({ step, spare }) => `  ${spare} px to spare: ${step}`)
      .join('\n')}`,
  );
});
