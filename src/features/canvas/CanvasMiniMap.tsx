import { Panel, type ReactFlowState, useNodes, useReactFlow, useStore } from "@xyflow/react";
import { memo, type PointerEvent, useMemo, useRef } from "react";
import { shallow } from "zustand/shallow";
import { useT } from "../../state/useT";
import type { FlowNode } from "./flowTypes";
import { type MapBox, mapFrame, topLevelBoxes } from "./miniMapGeometry";

const SIZE = { width: 200, height: 150 };

const selectView = (s: ReactFlowState) => ({
  x: s.transform[0],
  y: s.transform[1],
  zoom: s.transform[2],
  width: s.width,
  height: s.height,
});

const MapShapes = memo(function MapShapes({ boxes }: { boxes: readonly MapBox[] }) {
  return boxes.map((box) => (
    <rect
      key={box.id}
      className={`minimap-shape minimap-${box.kind}${box.role ? ` role-${box.role}` : ""}`}
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      rx={box.width / 40}
    />
  ));
});

/**
 * The overview map: clusters and free nodes with the view's outline; press or drag on it to
 * move the view there. React Flow's own MiniMap keeps a store subscription per node, and with
 * thousands of cards those ran on every pan frame and made panning twice as jerky; this one
 * redraws only the outline while panning.
 */
export function CanvasMiniMap() {
  const t = useT();
  const flow = useReactFlow();
  const nodes = useNodes<FlowNode>();
  const view = useStore(selectView, shallow);
  const boxes = useMemo(() => topLevelBoxes(nodes), [nodes]);
  const frame = mapFrame(boxes, view, SIZE);
  const svg = useRef<SVGSVGElement>(null);

  const moveViewTo = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const { viewBox } = frame;
    const x = viewBox.x + ((event.clientX - rect.left) / rect.width) * viewBox.width;
    const y = viewBox.y + ((event.clientY - rect.top) / rect.height) * viewBox.height;
    void flow.setCenter(x, y, { zoom: view.zoom });
  };

  const { viewBox, outline } = frame;
  return (
    <Panel position="bottom-right" className="minimap">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        role="img"
        aria-label={t("canvas.minimap")}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveViewTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveViewTo(event);
        }}
      >
        <MapShapes boxes={boxes} />
        <path
          className="minimap-mask"
          fillRule="evenodd"
          d={`M${viewBox.x},${viewBox.y}h${viewBox.width}v${viewBox.height}h${-viewBox.width}z
            M${outline.x},${outline.y}h${outline.width}v${outline.height}h${-outline.width}z`}
        />
      </svg>
    </Panel>
  );
}
