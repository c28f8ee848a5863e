import { getBezierPath, Position } from "@xyflow/react";
import type { Analysis, EdgeKind } from "../../domain/analysis/analysis";
import { type Box, placedNodes } from "../../domain/analysis/geometry";
import type { Size } from "../../domain/analysis/layoutGraph";
import { drawnByOverview } from "./toFlowEdges";

export interface OverviewLink {
  id: string;
  kind: EdgeKind;
  /** Where it leaves its source (top middle) and reaches its target (bottom middle). */
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Where the link lies, to leave out those far from the view. */
  bounds: Box;
}

/** The link's curve as React Flow draws it, as SVG path data in flow coordinates. */
export function linkPath({ from, to }: OverviewLink): string {
  const [path] = getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: Position.Top,
    targetX: to.x,
    targetY: to.y,
    targetPosition: Position.Bottom,
  });
  return path;
}

/**
 * The links OverviewLinks draws: those that end at a card its cluster draws itself (zoomed far
 * out), shaped as React Flow draws them (from the top of the source to the bottom of the
 * target). The other end, when it is a card inside a collapsed cluster, is that cluster, as
 * toFlowEdges does it.
 */
export function overviewLinks(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
  drawnCards: ReadonlySet<string>,
): OverviewLink[] {
  if (drawnCards.size === 0) return [];
  const boxes = new Map(placedNodes(analysis, sizes).map(({ node, box }) => [node.id, box]));
  const clusterOfCard = new Map(
    analysis.nodes.flatMap((n) => (n.kind === "quote" && n.clusterId ? [[n.id, n.clusterId]] : [])),
  );
  const boxOf = (id: string) => boxes.get(id) ?? boxes.get(clusterOfCard.get(id) ?? "");
  const links: OverviewLink[] = [];
  for (const edge of analysis.edges) {
    if (!drawnByOverview(edge, drawnCards)) continue;
    const source = boxOf(edge.source);
    const target = boxOf(edge.target);
    if (!source || !target) continue;
    const sourceX = source.x + source.width / 2;
    const sourceY = source.y;
    const targetX = target.x + target.width / 2;
    const targetY = target.y + target.height;
    // A bezier stays inside its control points: the ends, pulled out along the handles'
    // direction (React Flow pulls a link that runs backwards by 0.25 · 25 · √distance).
    const pull = 6.25 * Math.sqrt(Math.max(0, targetY - sourceY)) + 1;
    const x = Math.min(sourceX, targetX);
    const y = Math.min(sourceY - pull, targetY);
    links.push({
      id: edge.id,
      kind: edge.kind,
      from: { x: sourceX, y: sourceY },
      to: { x: targetX, y: targetY },
      bounds: {
        x,
        y,
        width: Math.max(sourceX, targetX) - x,
        height: Math.max(sourceY, targetY + pull) - y,
      },
    });
  }
  return links;
}

/**
 * An arrowhead at the link's target end. A link arrives at the bottom of its target heading
 * up (React Flow bends it in vertically), so the head points up; about the size of the
 * canvas's own arrows.
 */
export function arrowHead({ to }: OverviewLink): string {
  return `M${to.x},${to.y}L${to.x - 5},${to.y + 8}L${to.x + 5},${to.y + 8}Z`;
}

/** Whether two rectangles overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}
