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
 * that do not exist, dots for them (the room's and participants'), and takes cards out of
 * clusters that do not exist. Used on every import and on every read of a shared document,
 * where one person's delete can meet another's new link to the same node.
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
  /** Dots per node without the nodes that do not exist (the same object when there are none). */
  const keepDots = (dots: Readonly<Record<string, number>>) => {
    const gone = Object.keys(dots).filter((id) => !nodesById.has(id));
    for (const id of gone) repairs.push({ kind: "danglingVote", id });
    return gone.length === 0
      ? dots
      : Object.fromEntries(Object.entries(dots).filter(([id]) => nodesById.has(id)));
  };
  const votingRounds = analysis.votingRounds.map((round) => {
    const votes = keepDots(round.votes);
    const ballots = Object.entries(round.ballots).map(
      ([who, dots]) => [who, keepDots(dots)] as const,
    );
    const ballotsKept = ballots.every(([who, dots]) => dots === round.ballots[who]);
    if (votes === round.votes && ballotsKept) return round;
    return {
      ...round,
      votes,
      ballots: Object.fromEntries(ballots.filter(([, dots]) => Object.keys(dots).length > 0)),
    };
  });
  if (repairs.length === 0) return { analysis, repairs };
  return { analysis: { ...analysis, nodes, edges, votingRounds }, repairs };
}
