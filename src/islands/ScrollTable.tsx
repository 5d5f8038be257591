import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  class: string;
  caption: ComponentChildren;
  /** The table's head and body. */
  children: ComponentChildren;
}

/**
 * A table that scrolls sideways on its own when the screen is too narrow for it, rather than widening the page: its
 * frame is a region named by the caption, and focusable, so the keyboard can scroll it too.
 */
export default function ScrollTable({ class: className, caption, children }: Props) {
  const id = useId();
  return (
    // A scrolling region with nothing focusable inside takes focus itself, as the .astro rule in eslint.config.js allows.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <div class="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table class={`cohort-table ${className}`}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
