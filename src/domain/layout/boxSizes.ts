import type {
  Analysis,
  AnalysisNode,
  ClusterNode,
  NodeKind,
  Position,
  QuoteNode,
} from "../analysis/analysis";

/**
 * The one source of every box's size on the canvas. The node views draw exactly these sizes
 * (inline width and height; text is clamped inside), so layout and placement, which compute
 * with them, know what the screen shows: nothing is measured, nothing is stale.
 */
export interface Size {
  width: number;
  height: number;
}

/** A quote card: four lines of quote, then its "section · page" footer. */
export const QUOTE_SIZE: Readonly<Size> = { width: 260, height: 136 };
/** A factor: three lines of label and its role line. */
export const FACTOR_SIZE: Readonly<Size> = { width: 220, height: 100 };
/** A note: about five lines of text. */
export const NOTE_SIZE: Readonly<Size> = { width: 200, height: 100 };
/** A folded cluster: its title bar alone. */
export const COLLAPSED_CLUSTER_SIZE: Readonly<Size> = { width: 300, height: 64 };
/** The smallest an open cluster is drawn, however few cards it holds. */
export const MIN_CLUSTER_SIZE: Readonly<Size> = { width: 300, height: 140 };

/** Room between a cluster's edge (and its title bar) and the cards inside. */
export const CLUSTER_PADDING = { left: 16, top: 56, right: 16, bottom: 16 } as const;
/** Room between the cards of a cluster's grid. */
export const CARD_GAP = 16;
/** A cluster's grid never gets wider than this many cards. */
export const MAX_GRID_COLUMNS = 8;

/** The size of every box that is not a cluster (a cluster's follows from its cards). */
export const FIXED_SIZES: Readonly<Record<Exclude<NodeKind, "cluster">, Size>> = {
  quote: QUOTE_SIZE,
  factor: FACTOR_SIZE,
  note: NOTE_SIZE,
};

/**
 * A cluster's size: folded, its title bar; open, its cards' extent plus padding (so it always
 * holds them), at least its minimum and at least the size a JSON Canvas import gave it.
 */
export function clusterBoxSize(cluster: ClusterNode, cards: readonly QuoteNode[]): Size {
  if (cluster.collapsed) return COLLAPSED_CLUSTER_SIZE;
  let width = Math.max(MIN_CLUSTER_SIZE.width, cluster.canvas?.width ?? 0);
  let height = Math.max(MIN_CLUSTER_SIZE.height, cluster.canvas?.height ?? 0);
  for (const card of cards) {
    width = Math.max(width, card.position.x + QUOTE_SIZE.width + CLUSTER_PADDING.right);
    height = Math.max(height, card.position.y + QUOTE_SIZE.height + CLUSTER_PADDING.bottom);
  }
  return { width, height };
}

/** The cards of each cluster, by cluster id (clusters without cards are absent). */
export function cardsByCluster(analysis: Pick<Analysis, "nodes">): Map<string, QuoteNode[]> {
  const byCluster = new Map<string, QuoteNode[]>();
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.clusterId === null) continue;
    const cards = byCluster.get(node.clusterId);
    if (cards) cards.push(node);
    else byCluster.set(node.clusterId, [node]);
  }
  return byCluster;
}

/** The drawn size of every node of the analysis, by id. */
export function boxSizes(analysis: Analysis): Map<string, Size> {
  const cards = cardsByCluster(analysis);
  const sizes = new Map<string, Size>();
  for (const node of analysis.nodes) sizes.set(node.id, boxSizeOf(node, cards.get(node.id)));
  return sizes;
}

/** One node's drawn size; a cluster needs its cards. */
export function boxSizeOf(node: AnalysisNode, cards: readonly QuoteNode[] = []): Size {
  return node.kind === "cluster" ? clusterBoxSize(node, cards) : FIXED_SIZES[node.kind];
}

/** How many columns the grid of `count` cards has: about square, at most MAX_GRID_COLUMNS. */
export function gridColumns(count: number): number {
  return Math.max(1, Math.min(MAX_GRID_COLUMNS, Math.ceil(Math.sqrt(count))));
}

/** Where the `index`th card of a cluster's grid of `count` sits, relative to the cluster. */
export function gridSlot(index: number, count: number): Position {
  const columns = gridColumns(count);
  return {
    x: CLUSTER_PADDING.left + (index % columns) * (QUOTE_SIZE.width + CARD_GAP),
    y: CLUSTER_PADDING.top + Math.floor(index / columns) * (QUOTE_SIZE.height + CARD_GAP),
  };
}
