import type { Analysis, AnalysisNode, ClusterNode, Position, QuoteNode } from "../analysis";
import { replaceWhere } from "./replaceWhere";

/** Replace nodes by id with `update(node)`; nodes it returns unchanged keep their identity. */
export function mapNodes(
  analysis: Analysis,
  ids: ReadonlySet<string>,
  update: (node: AnalysisNode) => AnalysisNode,
): Analysis {
  const nodes = replaceWhere(analysis.nodes, (node) => ids.has(node.id), update);
  return nodes === analysis.nodes ? analysis : { ...analysis, nodes };
}

export function nodeById(analysis: Analysis, id: string): AnalysisNode | undefined {
  return analysis.nodes.find((n) => n.id === id);
}

export function clusterOf(analysis: Analysis, card: QuoteNode): ClusterNode | undefined {
  if (!card.clusterId) return undefined;
  const parent = nodeById(analysis, card.clusterId);
  return parent?.kind === "cluster" ? parent : undefined;
}

/** Canvas position of a node: cards inside a cluster are stored relative to it. */
export function absolutePosition(analysis: Analysis, node: AnalysisNode): Position {
  return node.kind === "quote" ? positionIn(node, clusterOf(analysis, node)) : node.position;
}

/** Canvas position of a card whose cluster (if any) is already at hand. */
export function positionIn(card: QuoteNode, cluster: ClusterNode | undefined): Position {
  if (!cluster) return card.position;
  return { x: cluster.position.x + card.position.x, y: cluster.position.y + card.position.y };
}

export function cardsIn(analysis: Analysis, clusterId: string): QuoteNode[] {
  return analysis.nodes.filter(
    (n): n is QuoteNode => n.kind === "quote" && n.clusterId === clusterId,
  );
}
