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

/** Where an axis label goes, and how to anchor its text so it reads away from the chart. */
export function radarLabel(
  index: number,
  count: number,
  radius: number,
  centre: Point,
): Point & { anchor: 'start' | 'middle' | 'end' } {
  const point = radarPoint(index, count, 1, 1, radius, centre);
  const dx = point.x - centre.x;
  const anchor = Math.abs(dx) < radius * 0.1 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { ...point, anchor };
}

/** Where an axis label goes when it is laid over the chart as HTML, as percentages of the chart's box. */
export interface LabelPlacement {
  left: number;
  top: number;
  /** Which side of its point the label sits on, away from the chart. */
  side: 'top' | 'bottom' | 'left' | 'right';
  /** The widest the label can be without leaving the box, as a percentage of its width. */
  room: number;
}

/** The placement of axis `index`'s label in a box `width` by `height` with the chart centred at `centre`. */
export function labelPlacement(
  index: number,
  count: number,
  radius: number,
  centre: Point,
  width: number,
  height: number,
): LabelPlacement {
  const { x, y, anchor } = radarLabel(index, count, radius, centre);
  const left = round((x / width) * 100);
  const top = round((y / height) * 100);
  const side = anchor === 'start' ? 'right' : anchor === 'end' ? 'left' : y < centre.y ? 'top' : 'bottom';
  const room = side === 'left' ? left : side === 'right' ? round(100 - left) : round(2 * Math.min(left, 100 - left));
  return { left, top, side, room };
}
