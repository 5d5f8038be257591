import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe-core rule tags the course is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules a theme can change: the themes differ only in the colours of the same elements (tokens.css swaps
 * light-dark() pairs), so a page that passes every rule in one theme needs only these in the other.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The page's axe-core violations as it is now, one line each, naming the rule and the elements: every WCAG A and AA
 * rule, or with `colourOnly` the rules a change of theme can affect.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of opening a blank page to gather results from frames: the
  // course has no frames, and it halves the time of every check. Gathering only violations (not every passing
  // node) takes a further third off.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const { violations } = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
