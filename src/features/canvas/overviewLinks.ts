import { getBezierPath, Position } from "@xyflow/react";
import type { AnalysisEdge, EdgeKind, QuoteNode } from "../../domain/analysis/analysis";
import { DEFAULT_BOX_SIZES } from "../../domain/analysis/layoutGraph";
import type { FlowNode, Size } from "./flowTypes";
import type { Rect } from "./miniMapGeometry";
import { drawnByOverview } from "./toFlow";

export interface OverviewLink {
  id: string;
  kind: EdgeKind;
  /** Where it leaves its source (top middle) and reaches its target (bottom middle). */
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Where the link lies, to leave out those far from the view. */
  bounds: Rect;
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
 * Every node's box in flow coordinates, the cards clusters draw themselves included; a card
 * inside a cluster is placed by its cluster.
 */
function absoluteBoxes(
  nodes: readonly FlowNode[],
  drawnByClusters: ReadonlyMap<string, readonly QuoteNode[]>,
  sizes: ReadonlyMap<string, Size>,
): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  // React Flow's order: a cluster always comes before its cards.
  for (const node of nodes) {
    const parent = node.parentId ? boxes.get(node.parentId) : undefined;
    const fallback = DEFAULT_BOX_SIZES[node.data.node.kind];
    boxes.set(node.id, {
      x: node.position.x + (parent?.x ?? 0),
      y: node.position.y + (parent?.y ?? 0),
      width: node.measured?.width ?? fallback.width,
      height: node.measured?.height ?? fallback.height,
    });
  }
  for (const [clusterId, cards] of drawnByClusters) {
    const cluster = boxes.get(clusterId);
    if (!cluster) continue;
    for (const card of cards) {
      const size = sizes.get(card.id) ?? DEFAULT_BOX_SIZES.quote;
      boxes.set(card.id, {
        x: cluster.x + card.position.x,
        y: cluster.y + card.position.y,
        ...size,
      });
    }
  }
  return boxes;
}

/**
 * The links OverviewLinks draws: those that end at a card its cluster draws itself (zoomed far
 * out), shaped as React Flow draws them (from the top of the source to the bottom of the
 * target). The other end, when it is a card inside a collapsed cluster, is that cluster, as
 * toFlowEdges does it.
 */
export function overviewLinks(
  nodes: readonly FlowNode[],
  edges: readonly AnalysisEdge[],
  drawnByClusters: ReadonlyMap<string, readonly QuoteNode[]>,
  drawnCards: ReadonlySet<string>,
  sizes: ReadonlyMap<string, Size>,
): OverviewLink[] {
  if (drawnCards.size === 0) return [];
  const boxes = absoluteBoxes(nodes, drawnByClusters, sizes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxOf = (id: string) => {
    const node = byId.get(id);
    const stand = node?.hidden && node.parentId ? node.parentId : id;
    return boxes.get(stand);
  };
  const links: OverviewLink[] = [];
  for (const edge of edges) {
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
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}
