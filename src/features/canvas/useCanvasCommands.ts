import { useReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { useT } from "../../i18n/useT";
import { useAppStoreApi } from "../../state/StoreProvider";
import { type CanvasView, createCanvasCommands } from "./canvasCommands";

/** The canvas commands bound to the store and the React Flow instance on screen. */
export function useCanvasCommands() {
  const store = useAppStoreApi();
  const flow = useReactFlow();
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
        document
          .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
          ?.focus();
        const node = flow.getInternalNode(id);
        if (!node) return;
        const { x, y } = node.internals.positionAbsolute;
        void flow.setCenter(
          x + (node.measured.width ?? 0) / 2,
          y + (node.measured.height ?? 0) / 2,
          {
            zoom: flow.getZoom(),
            duration: 200,
          },
        );
      },
      fitView() {
        void flow.fitView({ padding: 0.15, duration: 200 });
      },
    };
    return createCanvasCommands(store, view, { newCluster: t("canvas.newCluster") });
  }, [store, flow, t]);
}
