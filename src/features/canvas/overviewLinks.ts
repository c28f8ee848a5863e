import type { EdgeKind } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import { roundedPath } from "../../domain/analysis/linkPath";
import { oneStep, type Point } from "../../domain/analysis/linkRoute";
import { facingSides, sideMiddle } from "../../domain/analysis/linkSides";
import type { DrawnBoard } from "./toFlowEdges";

export interface OverviewLink {
  id: string;
  kind: EdgeKind;
  /** The corners it runs through, from source to target, in flow coordinates. */
  points: readonly Point[];
  /** Where the link lies, to leave out those far from the view. */
  bounds: Box;
}

/** The link as SVG path data: its route with rounded corners, as RoutedEdge draws a link. */
export function linkPath({ points }: OverviewLink): string {
  return roundedPath(points);
}

/**
 * The links OverviewLinks draws: those that end at a card its cluster draws itself (zoomed far
 * out, DrawnBoard.overview), along their routes around the other boxes (useLinkRoutes) like
 * every other link. Until a link's route arrives it is one step between the sides that face
 * each other, as RoutedEdge draws it meanwhile.
 */
export function overviewLinks(
  { overview, placed }: Pick<DrawnBoard, "overview" | "placed">,
  routes: ReadonlyMap<string, readonly Point[]>,
): OverviewLink[] {
  if (overview.length === 0) return [];
  const boxes = new Map(placed.map(({ node, box }) => [node.id, box]));
  const links: OverviewLink[] = [];
  for (const { id, source, target, edge } of overview) {
    const from = boxes.get(source);
    const to = boxes.get(target);
    if (!from || !to) continue;
    const route = routes.get(id);
    const points = route && route.length >= 2 ? route : stepBetween(from, to);
    links.push({ id, kind: edge.kind, points, bounds: boundsOf(points) });
  }
  return links;
}

function stepBetween(from: Box, to: Box): Point[] {
  const sides = facingSides(from, to);
  return oneStep(sideMiddle(from, sides.from), sideMiddle(to, sides.to), sides.from);
}

function boundsOf(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * An arrowhead at the link's target end, pointing along its last run; about the size of the
 * canvas's own arrows.
 */
export function arrowHead({ points }: OverviewLink): string {
  const tip = points[points.length - 1] as Point;
  const before = points[points.length - 2] as Point;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const dx = (tip.x - before.x) / length;
  const dy = (tip.y - before.y) / length;
  const baseX = tip.x - 8 * dx;
  const baseY = tip.y - 8 * dy;
  return `M${tip.x},${tip.y}L${baseX - 5 * dy},${baseY + 5 * dx}L${baseX + 5 * dy},${baseY - 5 * dx}Z`;
}

/** Whether two rectangles overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}
