import { cardsByCluster, clusterBoxSize, MIN_CLUSTER_SIZE, type Size } from "../layout/boxSizes";
import type { Analysis } from "./analysis";

/** The smallest an open cluster is drawn, however few cards it holds. */
export const MIN_CLUSTER: Readonly<Size> = MIN_CLUSTER_SIZE;

/**
 * The drawn size of every cluster (see clusterBoxSize): open, its cards' extent plus padding,
 * so it always holds them; folded, its title bar.
 */
export function clusterSizes(analysis: Pick<Analysis, "nodes">): Map<string, Size> {
  const cards = cardsByCluster(analysis);
  const result = new Map<string, Size>();
  for (const node of analysis.nodes) {
    if (node.kind === "cluster")
      result.set(node.id, clusterBoxSize(node, cards.get(node.id) ?? []));
  }
  return result;
}
