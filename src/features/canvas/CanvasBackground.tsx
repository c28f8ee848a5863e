import { Background } from "@xyflow/react";
import { useZoomAtLeast } from "./zoomLevel";

/** Dots closer than this on screen (px) read as a grey haze, not as a grid. */
const MIN_DOT_SPACING = 8;

/**
 * The snap grid's dots, shown only while they are far enough apart to read as a grid. The dot
 * pattern moves with every pan frame and is redrawn over the whole pane each time; zoomed far
 * out that redraw of a dense haze cost as much as drawing the cards.
 */
export function CanvasBackground({ gap }: { gap: number }) {
  const visible = useZoomAtLeast(MIN_DOT_SPACING / gap);
  return visible ? <Background gap={gap} /> : null;
}
