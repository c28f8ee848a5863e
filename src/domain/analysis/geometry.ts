import { FIXED_SIZES, type Size } from "../layout/boxSizes";
import type { Analysis, AnalysisNode } from "./analysis";
import { clusterSizes, MIN_CLUSTER } from "./clusterSize";
import { positionIn } from "./operations";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  node: AnalysisNode;
  box: Box;
}

/** The clusters shown folded: their cards are not drawn, links to those cards go to them. */
export function collapsedClusterIds(analysis: Pick<Analysis, "nodes">): Set<string> {
  return new Set(
    analysis.nodes.filter((n) => n.kind === "cluster" && n.collapsed).map((n) => n.id),
  );
}

/**
 * Every node that is drawn, with its box in canvas coordinates, clusters first (they sit
 * beneath their cards). Cards inside a collapsed cluster are not drawn, as on the canvas.
 * Every box has its fixed size (src/domain/layout/boxSizes.ts), which the canvas draws; the
 * sizes it measured are accepted for older callers and ignored.
 */
export function placedNodes(
  analysis: Pick<Analysis, "nodes">,
  _measured?: ReadonlyMap<string, Size>,
): PlacedNode[] {
  const extents = clusterSizes(analysis);
  const collapsed = collapsedClusterIds(analysis);
  const ordered = [
    ...analysis.nodes.filter((n) => n.kind === "cluster"),
    ...analysis.nodes.filter((n) => n.kind !== "cluster"),
  ];
  // Looked up once: a board can hold thousands of cards.
  const clusters = new Map(
    analysis.nodes.flatMap((n) => (n.kind === "cluster" ? [[n.id, n] as const] : [])),
  );
  const placed: PlacedNode[] = [];
  for (const node of ordered) {
    if (node.kind === "quote" && node.clusterId && collapsed.has(node.clusterId)) continue;
    const size =
      node.kind === "cluster" ? (extents.get(node.id) ?? MIN_CLUSTER) : FIXED_SIZES[node.kind];
    const at =
      node.kind === "quote"
        ? positionIn(node, node.clusterId ? clusters.get(node.clusterId) : undefined)
        : node.position;
    placed.push({ node, box: { ...at, ...size } });
  }
  return placed;
}

/** The box around all boxes; a zero box at the origin when there are none. */
export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The nodes an export of `selected` shows: those, the cards of selected clusters, and their clusters. */
export function selectionClosure(analysis: Analysis, selected: ReadonlySet<string>): Set<string> {
  const ids = new Set(selected);
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || !node.clusterId) continue;
    if (selected.has(node.clusterId)) ids.add(node.id);
    if (selected.has(node.id)) ids.add(node.clusterId);
  }
  return ids;
}

/** The analysis restricted to `ids` and the links among them. */
export function subAnalysis(analysis: Analysis, ids: ReadonlySet<string>): Analysis {
  return {
    ...analysis,
    nodes: analysis.nodes.filter((n) => ids.has(n.id)),
    edges: analysis.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}
