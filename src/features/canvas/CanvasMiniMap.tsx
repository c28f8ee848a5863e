import { MiniMap, MiniMapNode, type MiniMapNodeProps } from "@xyflow/react";
import type { FlowNode } from "./flowTypes";

/** The class the minimap gives a card inside a cluster; such a card draws nothing there. */
const IN_CLUSTER = "minimap-in-cluster";

const classOf = (node: FlowNode) => (node.parentId ? IN_CLUSTER : "");

/**
 * A card inside a cluster is a speck within its cluster's outline at minimap scale, and the
 * minimap redraws every shape on every pan frame: with thousands of cards that redraw cost as
 * much as the canvas itself. So the minimap shows clusters and free nodes only.
 */
function MiniMapShape(props: MiniMapNodeProps) {
  return props.className === IN_CLUSTER ? null : <MiniMapNode {...props} />;
}

export function CanvasMiniMap() {
  return <MiniMap pannable zoomable nodeClassName={classOf} nodeComponent={MiniMapShape} />;
}
