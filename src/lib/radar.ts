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

/** Points of a line chart of values over time, scaled into a box; x spreads attempts evenly. */
export function linePoints(values: number[], width: number, height: number, min: number, max: number): Point[] {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => ({
    x: round(values.length > 1 ? i * step : width / 2),
    y: round(height - ((v - min) / (max - min)) * height),
  }));
}
