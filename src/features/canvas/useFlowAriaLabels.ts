import type { AriaLabelConfig } from "@xyflow/react";
import { useMemo } from "react";
import { useT } from "../../state/useT";

/** React Flow's own screen-reader texts and control labels, from our catalogue. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      "node.a11yDescription.default": t("flow.nodeDescription"),
      "node.a11yDescription.keyboardDisabled": t("flow.nodeDescription"),
      "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }) =>
        t("flow.nodeMoved", { direction, x: Math.round(x), y: Math.round(y) }),
      "edge.a11yDescription.default": t("flow.edgeDescription"),
      "controls.ariaLabel": t("flow.controls"),
      "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
      "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
      "controls.fitView.ariaLabel": t("canvas.fitView"),
      "minimap.ariaLabel": t("canvas.minimap"),
      "handle.ariaLabel": t("flow.handle"),
    }),
    [t],
  );
}
