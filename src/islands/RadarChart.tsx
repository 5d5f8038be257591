import { radarLabel, radarPoint, radarPolygon } from '../lib/radar.ts';
import type { Ratings } from '../lib/assessment-results.ts';

interface Props {
  id: string;
  dimensions: { id: string; name: string }[];
  current: Ratings;
  previous?: Ratings | undefined;
  previousLabel?: string | undefined;
}

// Wide enough for the longest dimension names on either side of the chart.
const WIDTH = 680;
const HEIGHT = 340;
const RADIUS = 125;
const CENTRE = { x: WIDTH / 2, y: HEIGHT / 2 };
const MAX = 5;

/** A radar chart of 1-5 levels; the data table beside it carries the same figures for screen readers. */
export default function RadarChart({ id, dimensions, current, previous, previousLabel }: Props) {
  const count = dimensions.length;
  const values = (ratings: Ratings) => dimensions.map((d) => ratings[d.id] ?? 0);
  return (
    <svg class="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-chart-title`}>
      <title id={`${id}-chart-title`}>
        Radar chart of your levels{previous ? `, with ${previousLabel ?? 'the previous attempt'} overlaid` : ''}. The table below
        gives the same figures.
      </title>
      {[1, 2, 3, 4, 5].map((level) => (
        <polygon class="radar-ring" points={radarPolygon(Array<number>(count).fill(level), MAX, RADIUS, CENTRE)} />
      ))}
      {dimensions.map((_, i) => {
        const end = radarPoint(i, count, MAX, MAX, RADIUS, CENTRE);
        return <line class="radar-axis" x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />;
      })}
      {previous && <polygon class="radar-previous" points={radarPolygon(values(previous), MAX, RADIUS, CENTRE)} />}
      <polygon class="radar-current" points={radarPolygon(values(current), MAX, RADIUS, CENTRE)} />
      {dimensions.map((d, i) => {
        const label = radarLabel(i, count, RADIUS + 12, CENTRE);
        return (
          <text class="radar-label" x={label.x} y={label.y} text-anchor={label.anchor} dominant-baseline="middle">
            {d.name}
          </text>
        );
      })}
    </svg>
  );
}
