import { useNodesInitialized } from "@xyflow/react";
import { useEffect } from "react";

let initialised = false;

/** Inside a ReactFlowProvider, next to the canvas: notes when React Flow has measured every node. */
export function InitProbe() {
  const done = useNodesInitialized();
  useEffect(() => {
    initialised = done;
  }, [done]);
  return null;
}

export const isInitialised = () => initialised;
