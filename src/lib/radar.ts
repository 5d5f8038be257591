/** Geometry of a radar chart: axes start at 12 o'clock and go clockwise; level 0 is the centre. */

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Where `value` (0..max) lies on axis `index` of `count`. */
export function radarPoint(index: number, count: number, value: number, max: number, radius: number, centre: Point): Point {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const distance = (Math.max(0, Math.min(value, max)) / max) * radius;
  return { x: round(centre.x + distance * Math.cos(angle)), y: round(centre.y + distance * Math.sin(angle)) };
}

/** An SVG `points` attribute for values on consecutive axes. */
export function radarPolygon(values: number[], max: number, radius: number, centre: Point): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v, max, radius, centre))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** Where an axis label goes over the chart, as percentages of its box, and which side of that point it sits on. */
export interface LabelPlacement {
  left: number;
  top: number;
  /** Away from the chart: above or below it on an axis near the vertical, otherwise beside it. */
  side: 'top' | 'bottom' | 'left' | 'right';
}

/** The placement of axis `index`'s label in a box `width` by `height`, `radius` from the chart's `centre`. */
export function labelPlacement(
  index: number,
  count: number,
  radius: number,
  centre: Point,
  width: number,
  height: number,
): LabelPlacement {
  const { x, y } = radarPoint(index, count, 1, 1, radius, centre);
  const dx = x - centre.x;
  const side = Math.abs(dx) < radius * 0.1 ? (y < centre.y ? 'top' : 'bottom') : dx > 0 ? 'right' : 'left';
  return { left: round((x / width) * 100), top: round((y / height) * 100), side };
}
