import { labelPlacement, radarPoint, radarPolygon } from '../lib/radar.ts';
import type { Ratings } from '../lib/assessment-results.ts';

interface Props {
  id: string;
  dimensions: { id: string; name: string }[];
  current: Ratings;
  previous?: Ratings | undefined;
  previousLabel?: string | undefined;
  /** Further attempts to draw faintly behind the others (My progress: those between the first and the latest). */
  between?: Ratings[] | undefined;
}

// The chart's box: wide enough for the longest dimension names on either side of the chart.
const WIDTH = 680;
const HEIGHT = 340;
const RADIUS = 125;
const CENTRE = { x: WIDTH / 2, y: HEIGHT / 2 };
const MAX = 5;

/**
 * A radar chart of 1-5 levels; the data table beside it carries the same figures for screen readers. The axis
 * labels are HTML laid over the drawing, so they keep the page's text size however small the drawing is scaled; on
 * a narrow chart they become numbers, named in a list below it.
 */
export default function RadarChart({ id, dimensions, current, previous, previousLabel, between = [] }: Props) {
  const count = dimensions.length;
  const values = (ratings: Ratings) => dimensions.map((d) => ratings[d.id] ?? 0);
  return (
    <div class="radar-chart">
      <div class="radar-plot">
        <svg class="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-chart-title`}>
          <title id={`${id}-chart-title`}>
            Radar chart of your levels{previous && `, with ${previousLabel ?? 'the previous attempt'} overlaid`}
            {between.length > 0 && `, and ${between.length} more drawn faintly`}. The table below gives the same figures.
          </title>
          {[1, 2, 3, 4, 5].map((level) => (
            <polygon class="radar-ring" points={radarPolygon(Array<number>(count).fill(level), MAX, RADIUS, CENTRE)} />
          ))}
          {dimensions.map((_, i) => {
            const end = radarPoint(i, count, MAX, MAX, RADIUS, CENTRE);
            return <line class="radar-axis" x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />;
          })}
          {between.map((ratings) => (
            <polygon class="radar-between" points={radarPolygon(values(ratings), MAX, RADIUS, CENTRE)} />
          ))}
          {previous && <polygon class="radar-previous" points={radarPolygon(values(previous), MAX, RADIUS, CENTRE)} />}
          <polygon class="radar-current" points={radarPolygon(values(current), MAX, RADIUS, CENTRE)} />
        </svg>
        <ul class="radar-labels" aria-hidden="true">
          {dimensions.map((d, i) => {
            const place = labelPlacement(i, count, RADIUS + 12, CENTRE, WIDTH, HEIGHT);
            // Set through the DOM when the chart renders in the browser (it never renders on the server), which the
            // Content-Security-Policy allows, unlike style attributes in the page's HTML.
            return (
              <li class={`radar-label at-${place.side}`} style={{ left: `${place.left}%`, top: `${place.top}%` }}>
                <span class="radar-label-number">{i + 1}</span>
                <span class="radar-label-name">{d.name}</span>
              </li>
            );
          })}
        </ul>
      </div>
      <ol class="radar-names" aria-hidden="true">
        {dimensions.map((d) => (
          <li>{d.name}</li>
        ))}
      </ol>
    </div>
  );
}
