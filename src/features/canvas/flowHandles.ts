import { type NodeHandle, Position } from "@xyflow/react";
import type { Side } from "../../domain/analysis/linkSides";
import type { Size } from "./flowTypes";

/**
 * The handle's box as styles.css draws it while not hovered (8 px, border included), centred
 * on the node's edge. It must match what React Flow measures once the node is in the DOM: a
 * handle measured elsewhere than given redraws every link of each node scrolling into view.
 */
export const HANDLE = 8;

export const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];

/**
 * Where a node's handles are, computed from its size instead of measured in the DOM. With
 * handles known up front React Flow can leave nodes outside the view unrendered from the very
 * first frame (it otherwise renders every node once just to measure its handles), and can
 * draw links to them. Matches NodeHandles: one handle in the middle of each side.
 */
export function handlesFor(size: Size): NodeHandle[] {
  const middle = { x: size.width / 2 - HANDLE / 2, y: size.height / 2 - HANDLE / 2 };
  const at: Record<Side, { x: number; y: number; position: Position }> = {
    top: { x: middle.x, y: -HANDLE / 2, position: Position.Top },
    right: { x: size.width - HANDLE / 2, y: middle.y, position: Position.Right },
    bottom: { x: middle.x, y: size.height - HANDLE / 2, position: Position.Bottom },
    left: { x: -HANDLE / 2, y: middle.y, position: Position.Left },
  };
  return SIDES.map((side) => ({
    id: side,
    type: "source",
    ...at[side],
    width: HANDLE,
    height: HANDLE,
  }));
}
