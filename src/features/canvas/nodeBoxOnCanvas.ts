import type { ReactFlowInstance } from "@xyflow/react";
import type { Analysis } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import { DEFAULT_BOX_SIZES } from "../../domain/analysis/layoutGraph";
import { nodeById } from "../../domain/analysis/operations";
import type { FlowEdge, FlowNode, Size } from "./flowTypes";

/** The zoom a card drawn by its cluster is shown at when someone goes to it: a node again. */
export const CARD_ZOOM = 0.75;

/**
 * Where a node is on the canvas, in flow coordinates, with whether it is a card its cluster
 * draws itself (zoomed far out: React Flow does not know it then); null if it is not there.
 */
export function nodeBoxOnCanvas(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  analysis: Analysis,
  sizes: ReadonlyMap<string, Size>,
  id: string,
): (Box & { drawnByCluster: boolean }) | null {
  const internal = flow.getInternalNode(id);
  if (internal) {
    return {
      ...internal.internals.positionAbsolute,
      width: internal.measured.width ?? 0,
      height: internal.measured.height ?? 0,
      drawnByCluster: false,
    };
  }
  const node = nodeById(analysis, id);
  const cluster =
    node?.kind === "quote" && node.clusterId ? flow.getInternalNode(node.clusterId) : undefined;
  if (!node || !cluster) return null;
  const size = sizes.get(id) ?? DEFAULT_BOX_SIZES.quote;
  return {
    x: cluster.internals.positionAbsolute.x + node.position.x,
    y: cluster.internals.positionAbsolute.y + node.position.y,
    ...size,
    drawnByCluster: true,
  };
}
