import type { Analysis, AnalysisEdge, AnalysisNode } from "../domain/analysis/analysis";

/** One thing the import changed so the analysis holds together; reported to the person. */
export type Repair =
  | { kind: "duplicateNode"; id: string }
  | { kind: "duplicateEdge"; id: string }
  | { kind: "danglingEdge"; id: string; missing: string }
  | { kind: "danglingCluster"; id: string; clusterId: string }
  | { kind: "danglingVote"; id: string };

/**
 * Loose in, strict out: drops second nodes and links with an id already used, links to nodes
 * that do not exist, votes for them, and takes cards out of clusters that do not exist.
 * Returns the analysis unchanged (same object) when nothing needed repair.
 */
export function repairReferences(analysis: Analysis): { analysis: Analysis; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const nodesById = new Map<string, AnalysisNode>();
  for (const node of analysis.nodes) {
    if (nodesById.has(node.id)) repairs.push({ kind: "duplicateNode", id: node.id });
    else nodesById.set(node.id, node);
  }
  const nodes: AnalysisNode[] = [];
  for (const node of nodesById.values()) {
    if (node.kind === "quote" && node.clusterId !== null) {
      if (nodesById.get(node.clusterId)?.kind !== "cluster") {
        repairs.push({ kind: "danglingCluster", id: node.id, clusterId: node.clusterId });
        nodes.push({ ...node, clusterId: null });
        continue;
      }
    }
    nodes.push(node);
  }
  const edgeIds = new Set<string>();
  const edges: AnalysisEdge[] = [];
  for (const edge of analysis.edges) {
    const missing = [edge.source, edge.target].find((id) => !nodesById.has(id));
    if (edgeIds.has(edge.id)) repairs.push({ kind: "duplicateEdge", id: edge.id });
    else if (missing !== undefined) repairs.push({ kind: "danglingEdge", id: edge.id, missing });
    else {
      edgeIds.add(edge.id);
      edges.push(edge);
    }
  }
  const votingRounds = analysis.votingRounds.map((round) => {
    const kept = Object.entries(round.votes).filter(([id]) => nodesById.has(id));
    if (kept.length === Object.keys(round.votes).length) return round;
    for (const id of Object.keys(round.votes)) {
      if (!nodesById.has(id)) repairs.push({ kind: "danglingVote", id });
    }
    return { ...round, votes: Object.fromEntries(kept) };
  });
  if (repairs.length === 0) return { analysis, repairs };
  return { analysis: { ...analysis, nodes, edges, votingRounds }, repairs };
}
