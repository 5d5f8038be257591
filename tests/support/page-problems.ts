import type { Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * Playwright's own note when a test blocks service workers (playwright.config.ts does, outside the offline tests):
 * the test runner speaking, not the page.
 */
const SERVICE_WORKER_BLOCKED = 'Service Worker registration blocked by Playwright';

/** Records console errors and warnings, uncaught exceptions and CSP violations on a page, from before its first script. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.text() === SERVICE_WORKER_BLOCKED) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}

/** What a page with no problems has recorded. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], cspViolations: [] };
