import { useReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { type CanvasView, createCanvasCommands } from "./canvasCommands";
import type { FlowEdge, FlowNode } from "./flowTypes";
import { CARD_ZOOM, nodeBoxOnCanvas } from "./nodeBoxOnCanvas";

/** The canvas commands bound to the store and the React Flow instance on screen. */
export function useCanvasCommands() {
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const t = useT();
  return useMemo(() => {
    const view: CanvasView = {
      centre() {
        const rect = document.querySelector(".react-flow")?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
        });
      },
      reveal(id) {
        // Focus the node itself, so arrow keys move it and screen readers announce it.
        const focus = () =>
          document
            .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
            ?.focus();
        focus();
        const { analysis, nodeSizes } = store.getState();
        const box = nodeBoxOnCanvas(flow, analysis, nodeSizes, id);
        if (!box) return;
        // A card its cluster draws (zoomed far out) becomes a node of its own when zoomed in.
        const zoom = box.drawnByCluster ? Math.max(flow.getZoom(), CARD_ZOOM) : flow.getZoom();
        void flow
          .setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 200 })
          .then(() => {
            if (box.drawnByCluster) requestAnimationFrame(focus);
          });
      },
      fitView() {
        void flow.fitView({ padding: 0.15, duration: 200 });
      },
    };
    return createCanvasCommands(store, view, { newCluster: t("canvas.newCluster") });
  }, [store, flow, t]);
}
