import type { Point } from "./linkRoute";

/** How round a route's corners are drawn, at most (a short run gets a smaller curve). */
const CORNER = 10;

/** An SVG path through a route's points, each corner rounded. */
export function roundedPath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return "";
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const before = points[i - 1] as Point;
    const corner = points[i] as Point;
    const after = points[i + 1] as Point;
    const radius = Math.min(CORNER, distance(before, corner) / 2, distance(corner, after) / 2);
    const into = toward(corner, before, radius);
    const out = toward(corner, after, radius);
    d += ` L${into.x},${into.y} Q${corner.x},${corner.y} ${out.x},${out.y}`;
  }
  const last = points[points.length - 1] as Point;
  return points.length > 1 ? `${d} L${last.x},${last.y}` : d;
}

/** The point halfway along a route, where its label goes. */
export function routeMiddle(points: readonly Point[]): Point {
  let length = 0;
  for (let i = 1; i < points.length; i++)
    length += distance(points[i - 1] as Point, points[i] as Point);
  let left = length / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const run = distance(a, b);
    if (run >= left && run > 0) return toward(a, b, left);
    left -= run;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/**
 * Where a label beside a route's last run (into its target) goes: `fromEnd` before the end,
 * along that run's direction whatever its length; and whether the run is upright. Links into
 * one target end in the same direction at the same point, so a label placed there is drawn
 * once for all of them.
 */
export function besideLastRun(
  points: readonly Point[],
  fromEnd: number,
): { at: Point; upright: boolean } {
  const end = points[points.length - 1] ?? { x: 0, y: 0 };
  const before = points[points.length - 2] ?? end;
  return {
    at: toward(end, before, fromEnd),
    upright: before.x === end.x && before.y !== end.y,
  };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point `length` from `from` toward `to`. */
function toward(from: Point, to: Point, length: number): Point {
  const run = distance(from, to);
  if (run === 0) return from;
  return {
    x: from.x + ((to.x - from.x) * length) / run,
    y: from.y + ((to.y - from.y) * length) / run,
  };
}
