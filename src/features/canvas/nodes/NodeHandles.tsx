import { Handle, Position } from "@xyflow/react";

/**
 * Connection points. A problem tree reads bottom-up, so links leave a node at the top and
 * arrive at the bottom; the canvas runs in loose mode, so either end can start a link.
 */
export function NodeHandles() {
  return (
    <>
      <Handle type="target" position={Position.Bottom} />
      <Handle type="source" position={Position.Top} />
    </>
  );
}
