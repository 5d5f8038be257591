/**
 * A share of the week spent enabling, drawn as a mark on a 0-100% bar with the role's typical range shaded. It only
 * repeats what the words beside it say, so it is hidden from screen readers.
 */
export default function ShareBar({ percent, range }: { percent: number; range: [number, number] | undefined }) {
  return (
    <svg class="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect class="share-track" x="0" y="2" width="100" height="6" />
      {range && <rect class="share-range" x={range[0]} y="0" width={range[1] - range[0]} height="10" />}
      <rect class="share-mark" x={Math.min(Math.max(percent - 0.75, 0), 98.5)} y="0" width="1.5" height="10" />
    </svg>
  );
}
