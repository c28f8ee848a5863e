import { useNodesInitialized, useReactFlow, useStore } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Viewport } from "../../domain/analysis/analysis";
import type { FlowEdge, FlowNode } from "./flowTypes";

const UNTOUCHED: Viewport = { x: 0, y: 0, zoom: 1 };

/**
 * An analysis whose view was never moved (an imported JSON Canvas, a board built without
 * panning) opens with all of it in view when part of it lies outside; a view someone chose is
 * kept. Runs once per opened analysis, after React Flow has measured the nodes.
 */
export function FitUnseenContent({
  opening,
  options,
}: {
  opening: Viewport;
  options: { padding: number; maxZoom: number };
}) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const measured = useNodesInitialized();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const done = useRef(false);
  const untouched =
    opening.x === UNTOUCHED.x && opening.y === UNTOUCHED.y && opening.zoom === UNTOUCHED.zoom;

  useEffect(() => {
    if (done.current || !untouched || !measured || width === 0 || height === 0) return;
    done.current = true;
    const nodes = flow.getNodes();
    if (nodes.length === 0) return;
    const bounds = flow.getNodesBounds(nodes);
    const inView =
      bounds.x >= 0 &&
      bounds.y >= 0 &&
      bounds.x + bounds.width <= width &&
      bounds.y + bounds.height <= height;
    if (!inView) void flow.fitView(options);
  }, [flow, measured, width, height, untouched, options]);
  return null;
}
