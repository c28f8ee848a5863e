import type { Analysis } from "./analysis";
import { DEFAULT_BOX_SIZES, type Size } from "./layoutGraph";
import { CLUSTER_PADDING } from "./operations/cluster";

/** The smallest an open cluster is drawn, however few cards it holds. */
export const MIN_CLUSTER: Readonly<Size> = { width: 280, height: 140 };

/**
 * Size of every cluster that holds cards: its cards' extent plus padding, so it always fits
 * them (one pass). Clusters without cards are absent: they are `MIN_CLUSTER`.
 */
export function clusterSizes(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
): Map<string, Size> {
  const result = new Map<string, Size>();
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || !node.clusterId) continue;
    const size = sizes.get(node.id) ?? DEFAULT_BOX_SIZES.quote;
    const extent = result.get(node.clusterId) ?? { ...MIN_CLUSTER };
    extent.width = Math.max(extent.width, node.position.x + size.width + CLUSTER_PADDING.right);
    extent.height = Math.max(extent.height, node.position.y + size.height + CLUSTER_PADDING.bottom);
    result.set(node.clusterId, extent);
  }
  return result;
}
