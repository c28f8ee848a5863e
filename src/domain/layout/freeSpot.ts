import type { Analysis, Position } from "../analysis/analysis";
import { boxSizes, type Size } from "./boxSizes";

/** A box on the canvas: top-left and size, in canvas coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedBox extends Rect {
  id: string;
}

/** Room kept free around a new box, so that boxes placed side by side never touch. */
export const PLACE_GAP = 24;

/**
 * The boxes that sit on the canvas itself, each at its drawn size: clusters, factors, notes and
 * cards outside a cluster (a card inside one is part of its cluster's box).
 */
export function topLevelBoxes(analysis: Analysis): PlacedBox[] {
  const clusterIds = new Set(analysis.nodes.filter((n) => n.kind === "cluster").map((n) => n.id));
  const sizes = boxSizes(analysis);
  const boxes: PlacedBox[] = [];
  for (const node of analysis.nodes) {
    if (node.kind === "quote" && node.clusterId !== null && clusterIds.has(node.clusterId))
      continue;
    const size = sizes.get(node.id) as Size;
    boxes.push({ id: node.id, ...node.position, ...size });
  }
  return boxes;
}

/** Whether two boxes come closer than `gap` to each other (0: whether they overlap). */
export function tooClose(a: Rect, b: Rect, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/**
 * The free spot nearest to `at` (a top-left) for a box of `size`: at least `gap` away from
 * every obstacle. Positions are whole pixels. Each candidate row is either `at`'s or one that
 * just clears an obstacle above or below; in a row, the blocked stretches are merged and the
 * free x nearest to `at` is taken. Rows are tried by distance, so the search stops early.
 */
export function freeSpot(
  obstacles: readonly Rect[],
  size: Size,
  at: Position,
  gap = PLACE_GAP,
): Position {
  const start = { x: Math.round(at.x), y: Math.round(at.y) };
  const rows = new Set<number>([start.y]);
  for (const b of obstacles) {
    rows.add(Math.ceil(b.y + b.height + gap));
    rows.add(Math.floor(b.y - size.height - gap));
  }
  // On a tie, below before above (reading order).
  const ordered = [...rows].sort((a, b) => Math.abs(a - start.y) - Math.abs(b - start.y) || b - a);
  let best: Position | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of ordered) {
    const dy = Math.abs(y - start.y);
    if (dy >= bestDistance) break;
    const x = nearestFreeX(obstacles, size, y, start.x, gap);
    // Rounding to whole pixels can reach into a neighbouring stretch: such a row is skipped.
    const box = { x, y, width: size.width, height: size.height };
    if (obstacles.some((b) => tooClose(box, b, gap))) continue;
    const distance = Math.hypot(x - start.x, dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { x, y };
    }
  }
  return best ?? start;
}

/** In the row at `y`, the x nearest to `x0` where a box of `size` keeps `gap` from all obstacles. */
function nearestFreeX(
  obstacles: readonly Rect[],
  size: Size,
  y: number,
  x0: number,
  gap: number,
): number {
  // Each obstacle in the row blocks the open stretch (left, right) of top-left x values.
  const blocked: [number, number][] = [];
  for (const b of obstacles) {
    if (!(y < b.y + b.height + gap && b.y < y + size.height + gap)) continue;
    blocked.push([b.x - size.width - gap, b.x + b.width + gap]);
  }
  blocked.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [left, right] of blocked) {
    const last = merged.at(-1);
    if (last && left < last[1]) last[1] = Math.max(last[1], right);
    else merged.push([left, right]);
  }
  const hit = merged.find(([left, right]) => left < x0 && x0 < right);
  if (!hit) return x0;
  // Whole pixels that stay clear: the stretch is open, so its ends themselves are free.
  const leftOut = Math.floor(hit[0]);
  const rightOut = Math.ceil(hit[1]);
  // On a tie, right before left (reading order).
  return x0 - leftOut < rightOut - x0 ? leftOut : rightOut;
}
