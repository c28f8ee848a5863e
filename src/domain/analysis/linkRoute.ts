import type { Box } from "./geometry";
import { facingSides, type Side, sideMiddle } from "./linkSides";

export interface Point {
  x: number;
  y: number;
}

/** How far a route keeps from a box it passes (under half the gap between boxes in a rank). */
export const CLEARANCE = 12;
/** The straight run out of a side before a detour may turn. */
const STUB = 18;
/** A bend costs as much as this many pixels of length: fewer bends read more easily. */
const BEND = 60;
/** A run along a box's edge counts this many times its length: gaps' middles read better. */
const HUG = 1.5;
/** How far outside the two ends' bounding box a detour looks for boxes, widening in steps. */
const REACHES = [300, 1200, Number.POSITIVE_INFINITY];

const OUT: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The path of a link: it leaves the source by the side that faces the target and enters the
 * target by the side that faces back (facingSides), in straight runs that turn at right
 * angles and pass no box of `obstacles` (kept CLEARANCE away). A link between neighbouring
 * ranks is one step (down, across, down); a link that would cross a box goes around it
 * through the gaps, with as few bends as it can. When no clear way exists the one step is
 * returned. The first point lies on the source's side, the last on the target's.
 */
export function routeLink(source: Box, target: Box, obstacles: readonly Box[]): Point[] {
  const sides = facingSides(source, target);
  const start = sideMiddle(source, sides.from);
  const end = sideMiddle(target, sides.to);
  const all = obstacles.map(inflate);
  const step = oneStep(start, end, sides.from);
  if (clear(step, nearby(all, start, end, 0))) return step;
  const from = ahead(start, sides.from, STUB);
  const to = ahead(end, sides.to, STUB);
  const ends = [inflate(source), inflate(target)];
  // Boxes far from the ends are left out for speed, and taken in when the way found runs
  // into one of them.
  for (const reach of REACHES) {
    const near = nearby(all, start, end, reach);
    const detour = shortestDetour(from, to, OUT[sides.from], [...near, ...ends]);
    if (detour && clear(detour, all)) return simplify([start, ...detour, end]);
    if (near.length === all.length) break;
  }
  return step;
}

/** Down (or across), along the middle, and down again: the route between facing sides. */
export function oneStep(start: Point, end: Point, from: Side): Point[] {
  const vertical = from === "top" || from === "bottom";
  if (vertical ? start.x === end.x : start.y === end.y) return [start, end];
  if (vertical) {
    const middle = (start.y + end.y) / 2;
    return [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
  }
  const middle = (start.x + end.x) / 2;
  return [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
}

function ahead(p: Point, side: Side, distance: number): Point {
  return { x: p.x + OUT[side].x * distance, y: p.y + OUT[side].y * distance };
}

function inflate(box: Box): Box {
  return {
    x: box.x - CLEARANCE,
    y: box.y - CLEARANCE,
    width: box.width + 2 * CLEARANCE,
    height: box.height + 2 * CLEARANCE,
  };
}

function nearby(boxes: readonly Box[], a: Point, b: Point, reach: number): Box[] {
  const left = Math.min(a.x, b.x) - reach;
  const right = Math.max(a.x, b.x) + reach;
  const top = Math.min(a.y, b.y) - reach;
  const bottom = Math.max(a.y, b.y) + reach;
  return boxes.filter(
    (box) =>
      box.x < right && box.x + box.width > left && box.y < bottom && box.y + box.height > top,
  );
}

/** Whether the straight run from a to b (horizontal or vertical) enters a box's inside. */
export function segmentCrosses(a: Point, b: Point, box: Box): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  const inX =
    left === right
      ? box.x < left && left < box.x + box.width
      : left < box.x + box.width && right > box.x;
  const inY =
    top === bottom
      ? box.y < top && top < box.y + box.height
      : top < box.y + box.height && bottom > box.y;
  return inX && inY;
}

function clear(path: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Point;
    const b = path[i] as Point;
    if (boxes.some((box) => segmentCrosses(a, b, box))) return false;
  }
  return true;
}

/**
 * The cheapest path of right-angled runs from `from` to `to` over the lines along the boxes'
 * edges and the middles between them (length plus BEND per turn; A* with the straight-line
 * distance as its guess), or null when the boxes wall the ends in.
 */
function shortestDetour(from: Point, to: Point, heading: Point, boxes: readonly Box[]) {
  const grid = routingGrid(from, to, boxes);
  const { xs, ys, width } = grid;
  const goal = grid.at(to);
  const directions = [
    { dx: 1, dy: 0 },
    { dx: -1, dy: 0 },
    { dx: 0, dy: 1 },
    { dx: 0, dy: -1 },
  ];
  // A state is a grid point and the direction it was reached in: point * 4 + direction.
  const states = width * ys.length * 4;
  const cost = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(states).fill(-1);
  const done = new Uint8Array(states);
  const queue = new MinQueue();
  const startDirection = directions.findIndex((d) => d.dx === heading.x && d.dy === heading.y);
  const firstState = grid.at(from) * 4 + startDirection;
  // The guess never overestimates: the distance left, and one bend when not in line.
  const guess = (x: number, y: number) =>
    Math.abs(x - to.x) + Math.abs(y - to.y) + (x !== to.x && y !== to.y ? BEND : 0);
  cost[firstState] = 0;
  queue.push(firstState, 0);
  while (queue.size > 0) {
    const state = queue.pop();
    if (done[state]) continue;
    done[state] = 1;
    const point = state >> 2;
    if (point === goal) return pathTo(state, previous, xs, ys, width);
    const spent = cost[state] as number;
    const direction = state & 3;
    const ix = point % width;
    const iy = (point - ix) / width;
    for (let turn = 0; turn < 4; turn++) {
      const d = directions[turn] as { dx: number; dy: number };
      const nx = ix + d.dx;
      const ny = iy + d.dy;
      if (nx < 0 || ny < 0 || nx >= width || ny >= ys.length) continue;
      if (grid.blocked(ix, iy, turn)) continue;
      const x = xs[nx] as number;
      const y = ys[ny] as number;
      const run = Math.abs(x - (xs[ix] as number)) + Math.abs(y - (ys[iy] as number));
      // A run along a box's edge costs more than one down the middle of a gap.
      const hugs = turn < 2 ? grid.edgeRow[iy] : grid.edgeColumn[ix];
      const total = spent + run * (hugs ? HUG : 1) + (turn === direction ? 0 : BEND);
      const nextState = ((ny * width + nx) << 2) | turn;
      if (total >= (cost[nextState] as number)) continue;
      cost[nextState] = total;
      previous[nextState] = state;
      queue.push(nextState, total + guess(x, y));
    }
  }
  return null;
}

/**
 * The lines a route may run along (the ends, the boxes' edges and the middles between them)
 * and, per grid point, which of its four unit runs enter a box. Every box edge is a grid
 * line, so a unit run is wholly inside a box's span or wholly outside it.
 */
function routingGrid(from: Point, to: Point, boxes: readonly Box[]) {
  const xs = lines([from.x, to.x], boxes, (b) => [b.x, b.x + b.width]);
  const ys = lines([from.y, to.y], boxes, (b) => [b.y, b.y + b.height]);
  const width = xs.length;
  const xEdges = new Set(boxes.flatMap((b) => [b.x, b.x + b.width]));
  const yEdges = new Set(boxes.flatMap((b) => [b.y, b.y + b.height]));
  const rightBlocked = new Uint8Array(width * ys.length);
  const downBlocked = new Uint8Array(width * ys.length);
  for (const box of boxes) {
    const [x0, x1] = span(xs, box.x, box.x + box.width);
    const [y0, y1] = span(ys, box.y, box.y + box.height);
    for (let iy = y0; iy <= y1; iy++) {
      for (let ix = x0; ix <= x1; ix++) {
        // The run right of (ix, iy) lies inside when the row is strictly inside the box.
        if (ix < x1 && iy > y0 && iy < y1) rightBlocked[iy * width + ix] = 1;
        if (iy < y1 && ix > x0 && ix < x1) downBlocked[iy * width + ix] = 1;
      }
    }
  }
  return {
    xs,
    ys,
    width,
    /** Per row and column: whether it runs along a box's edge. */
    edgeRow: ys.map((y) => yEdges.has(y)),
    edgeColumn: xs.map((x) => xEdges.has(x)),
    at: (p: Point) => ys.indexOf(p.y) * width + xs.indexOf(p.x),
    /** Whether the unit run from (ix, iy) in direction 0 right, 1 left, 2 down, 3 up enters a box. */
    blocked(ix: number, iy: number, direction: number): boolean {
      if (direction === 0) return rightBlocked[iy * width + ix] === 1;
      if (direction === 1) return rightBlocked[iy * width + ix - 1] === 1;
      if (direction === 2) return downBlocked[iy * width + ix] === 1;
      return downBlocked[(iy - 1) * width + ix] === 1;
    },
  };
}

/** The indexes of the first and last line from `low` to `high` (both are lines). */
function span(values: readonly number[], low: number, high: number): [number, number] {
  return [values.indexOf(low), values.indexOf(high)];
}

/**
 * The sorted coordinates a route may run along: the ends, the boxes' edges, and the middle of
 * each gap where one box ends and the next begins (a channel between two boxes).
 */
function lines(
  ends: readonly number[],
  boxes: readonly Box[],
  edges: (box: Box) => readonly [number, number],
): number[] {
  const marks = boxes
    .flatMap((box) => {
      const [low, high] = edges(box);
      return [
        { at: low, opens: true },
        { at: high, opens: false },
      ];
    })
    .sort((a, b) => a.at - b.at || Number(a.opens) - Number(b.opens));
  const values = [...ends, ...marks.map((m) => m.at)];
  marks.forEach((mark, i) => {
    const next = marks[i + 1];
    if (next && !mark.opens && next.opens && next.at > mark.at)
      values.push((mark.at + next.at) / 2);
  });
  return [...new Set(values)].sort((a, b) => a - b);
}

function pathTo(
  state: number,
  previous: Int32Array,
  xs: readonly number[],
  ys: readonly number[],
  width: number,
): Point[] {
  const points: Point[] = [];
  for (let s = state; s !== -1; s = previous[s] as number) {
    const point = s >> 2;
    points.push({ x: xs[point % width] as number, y: ys[Math.floor(point / width)] as number });
  }
  return points.reverse();
}

/** Drops points in the middle of a straight run. */
function simplify(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const p of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = kept[kept.length - 2];
    if (
      last &&
      before &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      kept.pop();
    kept.push(p);
  }
  return kept;
}

/** A binary heap of whole numbers by priority, in typed arrays (no garbage per entry). */
class MinQueue {
  private items = new Int32Array(256);
  private priorities = new Float64Array(256);
  size = 0;

  push(item: number, priority: number) {
    if (this.size === this.items.length) {
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      this.items = items;
      const priorities = new Float64Array(this.size * 2);
      priorities.set(this.priorities);
      this.priorities = priorities;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.priorities[parent] as number) <= priority) break;
      this.items[i] = this.items[parent] as number;
      this.priorities[i] = this.priorities[parent] as number;
      i = parent;
    }
    this.items[i] = item;
    this.priorities[i] = priority;
  }

  pop(): number {
    const top = this.items[0] as number;
    const last = --this.size;
    const item = this.items[last] as number;
    const priority = this.priorities[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (
        child + 1 < last &&
        (this.priorities[child + 1] as number) < (this.priorities[child] as number)
      )
        child++;
      if ((this.priorities[child] as number) >= priority) break;
      this.items[i] = this.items[child] as number;
      this.priorities[i] = this.priorities[child] as number;
      i = child;
    }
    this.items[i] = item;
    this.priorities[i] = priority;
    return top;
  }
}
