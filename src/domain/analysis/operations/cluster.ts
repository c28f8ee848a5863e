import type { Quote } from "../../corpus/quote";
import { CLUSTER_PADDING } from "../../layout/boxSizes";
import { arrangeClusterCards, moveOffOthers } from "../../layout/clusterGrid";
import type { Analysis, ClusterNode, Position, QuoteNode } from "../analysis";
import type { IdSource } from "../ids";
import { absolutePosition, cardsIn, mapNodes, nodeById } from "./nodes";
import { quoteSnapshot } from "./place";
import { pruneVotes } from "./voting";

export { CLUSTER_PADDING };

/**
 * Groups the selected quote cards into a new cluster where they were: its top-left is where
 * the first card was, the cards are arranged in its grid in their reading order, and if the
 * cluster then covers another box it moves to the nearest free spot. Cards taken from another
 * cluster leave it (an emptied cluster stays, unlabelled clusters are still the user's to delete).
 */
export function groupIntoCluster(
  analysis: Analysis,
  nodeIds: readonly string[],
  label: string,
  ids: IdSource,
): { analysis: Analysis; clusterId: string | null } {
  const cards = nodeIds
    .map((id) => nodeById(analysis, id))
    .filter((n): n is QuoteNode => n?.kind === "quote");
  if (cards.length === 0) return { analysis, clusterId: null };
  const absolute = new Map(cards.map((c) => [c.id, absolutePosition(analysis, c)]));
  const xs = [...absolute.values()].map((p) => p.x);
  const ys = [...absolute.values()].map((p) => p.y);
  const origin = {
    x: Math.min(...xs) - CLUSTER_PADDING.left,
    y: Math.min(...ys) - CLUSTER_PADDING.top,
  };
  const cluster: ClusterNode = {
    kind: "cluster",
    id: ids.next("cluster"),
    position: origin,
    label,
    role: null,
    collapsed: false,
  };
  const moved = mapNodes(analysis, new Set(absolute.keys()), (node) => {
    const at = absolute.get(node.id) as Position;
    return {
      ...(node as QuoteNode),
      clusterId: cluster.id,
      position: { x: at.x - origin.x, y: at.y - origin.y },
    };
  });
  // Clusters go before their cards: React Flow needs a parent before its children.
  const grouped = arrangeClusterCards(
    { ...moved, nodes: [cluster, ...moved.nodes] },
    new Set([cluster.id]),
  );
  return { analysis: moveOffOthers(grouped, [cluster.id]), clusterId: cluster.id };
}

/**
 * Puts new cards of `quotes` into cluster `clusterId` (similar quotes into the cluster of the
 * card they are like): they join its grid after its cards, and if the grown cluster then covers
 * another box it moves to the nearest free spot. Quotes already on the canvas are left alone.
 */
export function placeIntoCluster(
  analysis: Analysis,
  quotes: readonly Quote[],
  clusterId: string,
  ids: IdSource,
): { analysis: Analysis; nodeIds: string[] } {
  const cluster = nodeById(analysis, clusterId);
  if (cluster?.kind !== "cluster") return { analysis, nodeIds: [] };
  const cards: QuoteNode[] = quotes.map((quote) => ({
    kind: "quote",
    id: ids.next("quote"),
    position: { x: 0, y: 0 },
    clusterId,
    quoteId: quote.id,
    corpusId: analysis.corpusId,
    snapshot: quoteSnapshot(quote),
  }));
  const grown = arrangeClusterCards(
    { ...analysis, nodes: [...analysis.nodes, ...cards] },
    new Set([clusterId]),
  );
  return { analysis: moveOffOthers(grown, [clusterId]), nodeIds: cards.map((c) => c.id) };
}

/** Puts a card into a cluster at an absolute canvas position (drop onto a cluster). */
export function moveIntoCluster(
  analysis: Analysis,
  cardId: string,
  clusterId: string,
  at: Position,
): Analysis {
  const cluster = nodeById(analysis, clusterId);
  if (cluster?.kind !== "cluster") return analysis;
  return mapNodes(analysis, new Set([cardId]), (node) =>
    node.kind === "quote"
      ? {
          ...node,
          clusterId,
          position: { x: at.x - cluster.position.x, y: at.y - cluster.position.y },
        }
      : node,
  );
}

/** Takes a card out of its cluster, keeping it where it is on the canvas (drag out). */
export function moveOutOfCluster(analysis: Analysis, cardId: string, at?: Position): Analysis {
  const card = nodeById(analysis, cardId);
  if (card?.kind !== "quote" || card.clusterId === null) return analysis;
  const position = at ?? absolutePosition(analysis, card);
  return mapNodes(analysis, new Set([cardId]), (node) => ({
    ...(node as QuoteNode),
    clusterId: null,
    position,
  }));
}

/**
 * Dissolves a cluster: its cards stay on the canvas where they are, links to it and its votes
 * are removed.
 */
export function ungroup(analysis: Analysis, clusterId: string): Analysis {
  let next = analysis;
  for (const card of cardsIn(analysis, clusterId)) next = moveOutOfCluster(next, card.id);
  return pruneVotes({
    ...next,
    nodes: next.nodes.filter((n) => n.id !== clusterId),
    edges: next.edges.filter((e) => e.source !== clusterId && e.target !== clusterId),
  });
}

export function setCollapsed(analysis: Analysis, clusterId: string, collapsed: boolean): Analysis {
  return mapNodes(analysis, new Set([clusterId]), (node) =>
    node.kind === "cluster" && node.collapsed !== collapsed ? { ...node, collapsed } : node,
  );
}

/**
 * Keeps a cluster snug around its cards: when a card sits left of or above the padding, the
 * cluster moves to include it and the cards shift so nothing moves on screen.
 */
export function fitClusterOrigin(analysis: Analysis, clusterId: string): Analysis {
  const cluster = nodeById(analysis, clusterId);
  const cards = cardsIn(analysis, clusterId);
  if (cluster?.kind !== "cluster" || cards.length === 0) return analysis;
  const dx = Math.min(...cards.map((c) => c.position.x)) - CLUSTER_PADDING.left;
  const dy = Math.min(...cards.map((c) => c.position.y)) - CLUSTER_PADDING.top;
  if (dx === 0 && dy === 0) return analysis;
  const ids = new Set([clusterId, ...cards.map((c) => c.id)]);
  return mapNodes(analysis, ids, (node) =>
    node.id === clusterId
      ? { ...node, position: { x: node.position.x + dx, y: node.position.y + dy } }
      : { ...node, position: { x: node.position.x - dx, y: node.position.y - dy } },
  );
}
