import type { Analysis } from "./analysis";
import { DEFAULT_BOX_SIZES, type Size } from "./layoutGraph";
import { CLUSTER_PADDING } from "./operations/cluster";

/** The smallest an open cluster is drawn, however few cards it holds. */
export const MIN_CLUSTER: Readonly<Size> = { width: 280, height: 140 };

/**
 * Size of every cluster that holds cards or came with a size (a group of an imported JSON
 * Canvas, whose other nodes sit inside it): its cards' extent plus padding, so it always fits
 * them, and at least its own size (one pass). Other clusters are absent: they are `MIN_CLUSTER`.
 */
export function clusterSizes(
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
): Map<string, Size> {
  const result = new Map<string, Size>();
  for (const node of analysis.nodes) {
    if (node.kind !== "cluster" || node.canvas?.width === undefined) continue;
    result.set(node.id, {
      width: Math.max(MIN_CLUSTER.width, node.canvas.width),
      height: Math.max(MIN_CLUSTER.height, node.canvas.height ?? 0),
    });
  }
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
