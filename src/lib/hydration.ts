/**
 * Exercises hydrate when they come within this distance of the viewport, so a reader scrolling or tabbing through
 * a lesson usually meets them ready. Their controls are focusable before then (see src/islands/hooks.ts), and
 * reaching one by Tab scrolls it into view, which hydrates it.
 */
export const EXERCISE_MARGIN = '400px';
