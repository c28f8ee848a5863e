import { type ReactFlowState, useStore, ViewportPortal } from "@xyflow/react";
import { memo, useMemo } from "react";
import type { Viewport } from "../../domain/analysis/analysis";
import type { Box } from "../../domain/analysis/geometry";
import type { Point } from "../../domain/analysis/linkRoute";
import { useAppStore } from "../../state/StoreProvider";
import { arrowHead, linkPath, type OverviewLink, overlaps, overviewLinks } from "./overviewLinks";
import type { DrawnBoard } from "./toFlowEdges";

/**
 * The part of the board links are drawn for, in flow coordinates: the view and one view's
 * width and height around it, snapped to a grid of that size so panning redraws the links
 * only now and then. A key, so the selector's result compares by value.
 */
function drawAreaKey(state: ReactFlowState, opening: Viewport): string {
  const [x, y, zoom] = state.panZoom ? state.transform : [opening.x, opening.y, opening.zoom];
  const width = (state.width || window.innerWidth) / zoom;
  const height = (state.height || window.innerHeight) / zoom;
  const cellX = Math.floor(-x / zoom / width);
  const cellY = Math.floor(-y / zoom / height);
  return [(cellX - 1) * width, (cellY - 1) * height, 3 * width, 3 * height]
    .map(Math.round)
    .join(",");
}

function areaOf(key: string): Box {
  const [x = 0, y = 0, width = 0, height = 0] = key.split(",").map(Number);
  return { x, y, width, height };
}

/**
 * Zoomed far out, the links that end at a card its cluster draws itself (OverviewCards),
 * routed around the boxes like every link and drawn in the canvas's link style (same classes),
 * each as a plain SVG path instead of a React Flow edge. To select or edit one of these links,
 * zoom in: there they are React Flow edges again.
 */
export function OverviewLinks({
  board,
  routes,
  opening,
}: {
  board: DrawnBoard;
  routes: ReadonlyMap<string, readonly Point[]>;
  /** The viewport the canvas opened at, until React Flow has applied it. */
  opening: Viewport;
}) {
  const links = useMemo(() => overviewLinks(board, routes), [board, routes]);
  const areaKey = useStore((s) => drawAreaKey(s, opening));
  const shown = useMemo(() => {
    const area = areaOf(areaKey);
    return links.filter((link) => overlaps(link.bounds, area));
  }, [links, areaKey]);
  if (shown.length === 0) return null;
  return <LinkLayer links={shown} />;
}

/**
 * Every link a path of its own, not one path per kind: a path is rasterised whole for each
 * tile it touches, so one path across the drawn area made every tile walk every link, and a
 * far-out pan of 2,000 links missed 48-70 % of its frames (3 % drawn link by link).
 */
const LinkLayer = memo(function LinkLayer({ links }: { links: readonly OverviewLink[] }) {
  const selected = useAppStore((s) => s.selectedEdgeIds);
  // Selected links last, so they are drawn over the others.
  const ordered = [
    ...links.filter((link) => !selected.has(link.id)),
    ...links.filter((link) => selected.has(link.id)),
  ];
  return (
    <ViewportPortal>
      <svg className="overview-links" aria-hidden="true">
        {ordered.map((link) => (
          <LinkShape key={link.id} link={link} selected={selected.has(link.id)} />
        ))}
      </svg>
    </ViewportPortal>
  );
});

const LinkShape = memo(function LinkShape({
  link,
  selected,
}: {
  link: OverviewLink;
  selected: boolean;
}) {
  return (
    <g
      data-id={link.id}
      className={`react-flow__edge edge-${link.kind}${selected ? " selected" : ""}`}
    >
      <path className="react-flow__edge-path" d={linkPath(link)} />
      {link.kind === "causes" && <path className="overview-arrows" d={arrowHead(link)} />}
    </g>
  );
});
