import { type NodeHandle, Position } from "@xyflow/react";
import type { Size } from "./flowTypes";

/** React Flow's default handle (6 px, border included here), centred on the node's edge. */
const HANDLE = 6;

/**
 * Where a node's two handles are, computed from its size instead of measured in the DOM. With
 * handles known up front React Flow can leave nodes outside the view unrendered from the very
 * first frame (it otherwise renders every node once just to measure its handles), and can
 * draw links to them. Matches NodeHandles: links leave at the top and arrive at the bottom.
 */
export function handlesFor(size: Size): NodeHandle[] {
  const x = size.width / 2 - HANDLE / 2;
  // id null, as on a <Handle> without an id: React Flow matches handles to their DOM by it.
  return [
    {
      id: null,
      type: "source",
      position: Position.Top,
      x,
      y: -HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: null,
      type: "target",
      position: Position.Bottom,
      x,
      y: size.height - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    },
  ];
}
