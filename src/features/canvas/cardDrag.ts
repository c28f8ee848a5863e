import type { ReactFlowInstance } from "@xyflow/react";
import type { Box } from "../../domain/analysis/geometry";
import { DEFAULT_BOX_SIZES } from "../../domain/analysis/layoutGraph";
import type { AppStore } from "../../state/createAppStore";
import { dropIntoClusters } from "./dropIntoClusters";
import type { FlowEdge, FlowNode } from "./flowTypes";

/**
 * The expanded clusters' outlines as they are when a drag begins. A cluster grows to fit a
 * card dragged within it, so only the outline at the start tells whether the card was dropped
 * outside.
 */
export function clusterOutlines(flow: ReactFlowInstance<FlowNode, FlowEdge>): Map<string, Box> {
  const rects = new Map<string, Box>();
  for (const node of flow.getNodes()) {
    if (node.type !== "cluster" || node.hidden) continue;
    const internal = flow.getInternalNode(node.id);
    if (!internal) continue;
    rects.set(node.id, {
      ...internal.internals.positionAbsolute,
      width: internal.measured.width ?? DEFAULT_BOX_SIZES.cluster.width,
      height: internal.measured.height ?? DEFAULT_BOX_SIZES.cluster.height,
    });
  }
  return rects;
}

/** Ends a drag as one undo step: a card dropped on a cluster joins it, one dragged out leaves. */
export function finishDrag(
  store: AppStore,
  draggedIds: readonly string[],
  outlines: ReadonlyMap<string, Box>,
): void {
  const state = store.getState();
  const cardSize = (id: string) => state.nodeSizes.get(id) ?? DEFAULT_BOX_SIZES.quote;
  state.endDrag((a) => dropIntoClusters(a, draggedIds, outlines, cardSize));
}
