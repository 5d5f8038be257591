import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test.ts';
import { axeViolations } from '../support/axe.ts';
import { NO_PROBLEMS } from '../support/page-problems.ts';
import { seedStorage } from '../support/islands.ts';
import { encodeShare, SHARE_PROBLEM_MESSAGES, type SharePayload } from '../../src/progress/shares.ts';

const PASSPHRASE = 'cohort north star';
const learner = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** A self-assessment attempt: listening as given, the other dimensions the same for everyone. */
const attempt = (listening: number) => ({
  completedAt: '2026-06-01T10:00:00.000Z',
  exercise: 'start-here-competency-baseline',
  ratings: { listening, planning: 3, delegating: 2, budgeting: 4 },
});
const answer = (option: string) => ({ 'first-lesson-new-lead': { option, answeredAt: '2026-11-02T10:00:00.000Z' } });
const share = (n: number, extra: Partial<SharePayload> = {}): SharePayload => ({
  format: 'fbe-share',
  version: 1,
  learner: learner(n),
  sharedAt: '2026-11-20T10:00:00.000Z',
  ...extra,
});
const skills = (...levels: number[]) => ({ skills: { attempts: levels.map(attempt) } });

/**
 * Twelve lines as a facilitator would paste them: learner 1 twice (an older link first, the newer at line 11), a
 * damaged link at line 5, two links with the cohort's passphrase at lines 7 and 8, and names with markup and a formula.
 */
async function twelveLinks(): Promise<string> {
  const plain = (payload: SharePayload) => encodeShare(payload);
  const locked = (payload: SharePayload) => encodeShare(payload, { passphrase: PASSPHRASE });
  const damaged = await plain(share(99));
  const fragments = await Promise.all([
    plain(
      share(1, {
        name: 'Old Ana',
        sharedAt: '2026-11-01T10:00:00.000Z',
        assessments: skills(1),
        scenarios: answer('do-the-work-yourself'),
      }),
    ),
    plain(
      share(2, {
        name: 'Bo <img src=x onerror="window.__pwned=1">',
        assessments: skills(2, 3),
        completed: ['start-here'],
        scenarios: answer('help-the-person-who'),
      }),
    ),
    plain(
      share(3, {
        name: '=HYPERLINK("http://evil.invalid")',
        assessments: skills(3, 3),
        completed: ['start-here', 'first-lesson'],
        scenarios: answer('do-the-work-yourself'),
      }),
    ),
    plain(share(4, { assessments: skills(5), scenarios: answer('help-the-person-who') })),
    Promise.resolve(`${damaged.slice(0, -10)}${damaged.at(-10) === 'A' ? 'B' : 'A'}${damaged.slice(-9)}`),
    plain(share(5, { assessments: skills(1) })),
    locked(share(6, { assessments: skills(4, 2), scenarios: answer('leave-the-owner-to') })),
    locked(share(7, { assessments: skills(3), scenarios: answer('help-the-person-who') })),
    plain(share(8, { assessments: skills(3) })),
    plain(share(9)),
    plain(
      share(1, {
        name: 'Ana, “the lead”',
        assessments: skills(2, 4),
        completed: ['start-here', 'first-lesson', 'second-lesson'],
        scenarios: answer('help-the-person-who'),
      }),
    ),
    plain(share(10)),
  ]);
  return fragments.map((f, i) => (i % 2 ? f : `https://example.invalid/shared/#${f}`)).join('\n');
}

const storageSnapshot = (page: Page) =>
  page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b))));
const participants = (page: Page) => page.locator('.cohort-count [data-count="participants"]');
const linksField = (page: Page) => page.getByLabel('Participants’ share links, one a line');
const passphraseField = (page: Page) => page.getByLabel('The cohort’s passphrase, if its links have one');
const readButton = (page: Page) => page.getByRole('button', { name: 'Read the links' });
/** The keep section appears once the state module has loaded, after the page is up. */
const keepSection = (page: Page) => page.locator('.cohort-keep');

async function readLinks(page: Page, text: string, passphrase = '') {
  await expect(keepSection(page)).toBeVisible();
  await linksField(page).fill(text);
  await passphraseField(page).fill(passphrase);
  await readButton(page).click();
}

const rowCells = (page: Page, table: string, row: string) =>
  page
    .locator(`${table} tbody tr`)
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .locator('td');

test.describe('the cohort dashboard', () => {
  test('reads twelve links: one participant per learner, the damaged and locked links listed by line, and the figures', async ({
    page,
    problems,
    site,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const links = await twelveLinks();
    await page.goto('facilitator/cohort/');

    // Without the passphrase: the two locked links say so, and the rest are read.
    await readLinks(page, links);
    await expect(participants(page)).toHaveText('8');
    await expect(page.locator('.cohort-problems li')).toHaveText([
      `Line 5: ${SHARE_PROBLEM_MESSAGES.damaged}`,
      `Line 7: ${SHARE_PROBLEM_MESSAGES['passphrase-needed']}`,
      `Line 8: ${SHARE_PROBLEM_MESSAGES['passphrase-needed']}`,
      'Line 1: an older link from the same learner as line 11, whose newer link is used.',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Read 12 links' })).toHaveText(
      'Read 12 links: 8 participants; 3 not read, listed by line.',
    );

    // A wrong passphrase says so.
    await readLinks(page, links, 'south star');
    await expect(page.locator('.cohort-problems li').nth(1)).toHaveText(`Line 7: ${SHARE_PROBLEM_MESSAGES['wrong-passphrase']}`);

    // The cohort's passphrase opens both.
    await readLinks(page, links, PASSPHRASE);
    await expect(participants(page)).toHaveText('10');
    await expect(page.locator('.cohort-problems li')).toHaveText([
      `Line 5: ${SHARE_PROBLEM_MESSAGES.damaged}`,
      'Line 1: an older link from the same learner as line 11, whose newer link is used.',
    ]);
    await expect(rowCells(page, '.cohort-levels', 'Listening')).toHaveText(['1', '1', '4', '1', '1', '8']);
    await expect(rowCells(page, '.cohort-levels', 'Planning')).toHaveText(['0', '0', '8', '0', '0', '8']);
    await expect(page.locator('.cohort-change caption')).toContainText('for the 4 participants who shared both');
    await expect(rowCells(page, '.cohort-change', 'Listening')).toHaveText(['4', '+0.25', '2', '1', '1']);
    await expect(rowCells(page, '.cohort-change', 'Delegating')).toHaveText(['4', '0', '0', '4', '0']);
    const scenario = page.locator('.cohort-scenario').filter({ hasText: 'A new tech lead' });
    await expect(scenario.locator('caption')).toHaveText('A new tech lead (6 answers)');
    await expect(scenario.locator('tbody td')).toHaveText(['1', '4', '1']);
    await expect(scenario.locator('tr.recommended th')).toHaveText(/^Help the person who owns the work.*\(recommended\)$/);
    await expect(page.locator('.cohort-scenario')).toHaveCount(1);
    await expect(rowCells(page, '.cohort-completion', 'Orientation')).toHaveText(['1', '3', '0']);
    await expect(rowCells(page, '.cohort-completion', 'Foundations')).toHaveText(['2', '1', '1']);
    await expect(rowCells(page, '.cohort-completion', 'Wrap-up')).toHaveText(['1', '0', '0']);

    // Names are hidden until asked for, then shown as text.
    const people = page.locator('.cohort-participants .learner-text');
    await expect(people).toHaveText(Array.from({ length: 10 }, (_, i) => `Participant ${i + 1}`));
    await page.getByLabel('Show names').check();
    await expect(people.nth(0)).toHaveText('Ana, “the lead”');
    await expect(people.nth(1)).toHaveText('Bo <img src=x onerror="window.__pwned=1">');
    await expect(people.nth(3)).toHaveText('Participant 4');
    await expect(page.locator('.cohort-participants img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
  });

  test('exports a CSV with names only while they are shown, quoted and with formulas neutralised', async ({ page }) => {
    await page.goto('facilitator/cohort/');
    await readLinks(page, await twelveLinks(), PASSPHRASE);
    await expect(participants(page)).toHaveText('10');
    const download = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as CSV' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/^from-building-to-enabling-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
      return readFile(await file.path(), 'utf8');
    };

    const hidden = await download();
    expect(hidden.split('\r\n')[0]).toBe('Section,Group,Item,Measure,Value');
    expect(hidden).toContain('\r\nCohort,,,Participants,10\r\n');
    expect(hidden).toContain('\r\nLatest rating,Fixture skills,Listening,Level 3,4\r\n');
    expect(hidden).toContain('\r\nBaseline to later,Fixture skills,Listening,Mean change,0.25\r\n');
    expect(hidden).toContain(
      '\r\nScenario,A new tech lead,"Help the person who owns the work, and agree when you will check in.",Chose (recommended),4\r\n',
    );
    expect(hidden).toMatch(/\r\nLink not read,,Line 5,Reason,"This link is damaged: [^"]+"\r\n/);
    expect(hidden).not.toMatch(/Ana|Bo |HYPERLINK|^Participant/m);
    // Only the scenarios someone answered, as on the page.
    expect(hidden).not.toContain('An outage on Friday');

    await page.getByLabel('Show names').check();
    const shown = await download();
    expect(shown).toContain('\r\nParticipant,,Participant 1,Name,"Ana, “the lead”"\r\n');
    expect(shown).toContain('\r\nParticipant,,Participant 2,Name,"Bo <img src=x onerror=""window.__pwned=1"">"\r\n');
    expect(shown).toContain(`\r\nParticipant,,Participant 3,Name,"'=HYPERLINK(""http://evil.invalid"")"\r\n`);
    expect(shown).toContain('\r\nParticipant,,Participant 4,Name,Participant 4\r\n');
  });

  test('works by keyboard alone: paste, passphrase, read, show names', async ({ page }) => {
    await page.goto('facilitator/cohort/');
    await expect(keepSection(page)).toBeVisible();
    await linksField(page).focus();
    await page.keyboard.insertText(await twelveLinks());
    await page.keyboard.press('Tab');
    await expect(page.locator('#cohort-file')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(passphraseField(page)).toBeFocused();
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(participants(page)).toHaveText('10');
    await page.keyboard.press('Tab');
    await expect(readButton(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Show names')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('.cohort-participants .learner-text').first()).toHaveText('Ana, “the lead”');
  });

  test('reads a file of links, picked or dropped', async ({ page }) => {
    const links = await twelveLinks();
    await page.goto('facilitator/cohort/');
    await expect(keepSection(page)).toBeVisible();
    await page.locator('#cohort-file').setInputFiles({ name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from(links) });
    await expect(participants(page)).toHaveText('8');
    await expect(page.locator('#cohort-file-name')).toHaveText('links.txt');

    await linksField(page).fill('');
    await passphraseField(page).fill(PASSPHRASE);
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    }, links);
    await linksField(page).dispatchEvent('drop', { dataTransfer: dropped });
    await expect(participants(page)).toHaveText('10');
    await expect(linksField(page)).toHaveValue(links);
  });

  test('stores nothing while reading, keeps the links (never the passphrase) when asked, and forgets them', async ({ page }) => {
    // The facilitator has course progress of their own in this browser.
    await page.goto('');
    await seedStorage(page, {
      'fbe:version': '3',
      'fbe:reflection:start-here-why-now': '{"text":"The facilitator’s own note","savedAt":"2026-11-24T10:00:00.000Z"}',
      'fbe:lesson:start-here': '{"completedAt":"2026-11-24T10:00:00.000Z"}',
    });
    const before = await storageSnapshot(page);
    const links = await twelveLinks();

    await page.goto('facilitator/cohort/');
    await readLinks(page, links, PASSPHRASE);
    await expect(participants(page)).toHaveText('10');
    await page.getByLabel('Show names').check();
    expect(await storageSnapshot(page)).toBe(before);

    await page.getByRole('button', { name: 'Keep this cohort in this browser' }).click();
    await expect(keepSection(page).getByRole('status')).toHaveText('Kept in this browser. It will be here when you come back.');
    const kept = await page.evaluate(() => localStorage.getItem('fbe:cohort:current'));
    expect((JSON.parse(kept!) as { links: string[] }).links).toEqual(links.split('\n'));
    expect(kept).not.toContain(PASSPHRASE);

    // After a reload the kept links are read again; the locked ones wait for the passphrase, which was not kept.
    await page.reload();
    await expect(participants(page)).toHaveText('8');
    await expect(linksField(page)).toHaveValue(links);
    await expect(keepSection(page)).toContainText('This cohort is kept in this browser');
    await passphraseField(page).fill(PASSPHRASE);
    await readButton(page).click();
    await expect(participants(page)).toHaveText('10');

    await page.getByRole('button', { name: 'Forget this cohort' }).click();
    await expect(keepSection(page).getByRole('status')).toHaveText('Forgotten: this browser no longer keeps the cohort.');
    expect(await storageSnapshot(page)).toBe(before);
    await page.reload();
    await expect(keepSection(page)).toBeVisible();
    await expect(linksField(page)).toHaveValue('');
    await expect(participants(page)).toHaveCount(0);
  });

  test('says plainly when the cohort cannot be kept, with storage full or blocked, and still shows it', async ({ page }) => {
    const links = await twelveLinks();
    await page.goto('facilitator/cohort/');
    await readLinks(page, links);
    await expect(participants(page)).toHaveText('8');
    // Fill this origin's storage to its quota.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          for (let size = chunk.length / 2; size >= 1; size = Math.floor(size / 2)) {
            try {
              localStorage.setItem(`filler-end-${size}`, 'x'.repeat(size));
            } catch {
              // try smaller
            }
          }
          return;
        }
      }
    });
    await page.getByRole('button', { name: 'Keep this cohort in this browser' }).click();
    await expect(keepSection(page).getByRole('status')).toHaveText(
      'Not kept: this browser’s storage for the course is full. The cohort stays on this page until you close it.',
    );
    await expect(participants(page)).toHaveText('8');

    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await readLinks(page, links, PASSPHRASE);
    await expect(participants(page)).toHaveText('10');
    await page.getByRole('button', { name: 'Keep this cohort in this browser' }).click();
    await expect(keepSection(page).getByRole('status')).toHaveText(
      'Not kept: this browser does not let the course keep anything. The cohort stays on this page until you close it.',
    );
  });

  test('sets an unreadable kept cohort aside, says so, and can forget it', async ({ page }) => {
    await page.goto('');
    await seedStorage(page, { 'fbe:version': '3', 'fbe:cohort:current': '{"links":["cut short' });
    await page.goto('facilitator/cohort/');
    await expect(keepSection(page).locator('.notice')).toHaveText(
      'The cohort kept in this browser could not be read. It has been set aside, not deleted: My progress can download it.',
    );
    expect(await page.evaluate(() => localStorage.getItem('fbe:aside:fbe:cohort:current'))).toBe('{"links":["cut short');
    await page.getByRole('button', { name: 'Forget this cohort' }).click();
    await expect(keepSection(page).locator('.notice')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('fbe:cohort:current'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('fbe:aside:fbe:cohort:current'))).toBe('{"links":["cut short');
  });

  test('reads 100 links and shows them in under 2 seconds', async ({ page }) => {
    const links = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        encodeShare(
          share(i + 1, {
            name: `Participant name ${i + 1}`,
            assessments: skills(1 + (i % 5), 1 + ((i + 2) % 5)),
            completed: ['start-here', 'first-lesson'],
            scenarios: answer('help-the-person-who'),
          }),
        ),
      ),
    );
    await page.goto('facilitator/cohort/');
    await expect(keepSection(page)).toBeVisible();
    await linksField(page).fill(links.map((l) => `https://example.invalid/shared/#${l}`).join('\n'));
    // Timed in the page, from the click to the moment the count of 100 participants is in the document.
    const took = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const shown = () => document.querySelector('.cohort-count [data-count="participants"]')?.textContent === '100';
          const started = performance.now();
          new MutationObserver((_, observer) => {
            if (!shown()) return;
            observer.disconnect();
            resolve(Math.round(performance.now() - started));
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
          document.querySelector<HTMLButtonElement>('.cohort-form button[type="submit"]')!.click();
        }),
    );
    await expect(participants(page)).toHaveText('100');
    console.log(`cohort dashboard: 100 links read and shown in ${took} ms`);
    expect(took).toBeLessThan(2_000);
    await expect(rowCells(page, '.cohort-change', 'Listening')).toHaveText(['100', '0', '60', '0', '40']);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${colorScheme} theme, empty and with a cohort shown, at 1280 and 320 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('facilitator/cohort/');
      await expect(keepSection(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await readLinks(page, await twelveLinks(), PASSPHRASE);
      await expect(participants(page)).toHaveText('10');
      await page.getByLabel('Show names').check();
      expect(await axeViolations(page)).toEqual([]);
      // At 320 px the tables scroll on their own, and the page does not.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
