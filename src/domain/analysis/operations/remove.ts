import type { Analysis } from "../analysis";
import { pruneVotes } from "./voting";

/**
 * Deletes nodes and links. A deleted cluster takes its cards with it (undo brings all back);
 * links that lose an end go too, so no link ever points at nothing, and so do their votes.
 */
export function removeElements(
  analysis: Analysis,
  nodeIds: readonly string[],
  edgeIds: readonly string[] = [],
): Analysis {
  const doomed = new Set(nodeIds);
  for (const node of analysis.nodes) {
    if (node.kind === "quote" && node.clusterId !== null && doomed.has(node.clusterId))
      doomed.add(node.id);
  }
  const doomedEdges = new Set(edgeIds);
  const nodes = analysis.nodes.filter((n) => !doomed.has(n.id));
  const edges = analysis.edges.filter(
    (e) => !doomedEdges.has(e.id) && !doomed.has(e.source) && !doomed.has(e.target),
  );
  if (nodes.length === analysis.nodes.length && edges.length === analysis.edges.length)
    return analysis;
  return pruneVotes({ ...analysis, nodes, edges });
}
