import { useStore } from "@xyflow/react";
import { createContext, useContext } from "react";

/** Below this zoom small print cannot be read: cards show a summary, links drop their dashes. */
export const DETAIL_ZOOM = 0.45;

/**
 * Below this zoom even a card's summary is too small to read (under about 7 px on screen):
 * cards show only their theme number, large. Drawing thousands of tiny glyphs cost a fifth of
 * every pan frame.
 */
export const OVERVIEW_ZOOM = 0.35;

export type ZoomLevel = "overview" | "summary" | "detail";

export function zoomLevelOf(zoom: number): ZoomLevel {
  if (zoom < OVERVIEW_ZOOM) return "overview";
  return zoom < DETAIL_ZOOM ? "summary" : "detail";
}

/**
 * The canvas's zoom level for its cards. The canvas subscribes once (useCanvasZoomLevel) and
 * hands the level down: a selector per card would run for every visible card on every pan
 * frame, while the level itself changes only when a threshold is crossed.
 */
export const ZoomLevelContext = createContext<ZoomLevel>("detail");

export function useZoomLevel(): ZoomLevel {
  return useContext(ZoomLevelContext);
}

/** The zoom level, using the opening zoom until React Flow has applied it. */
export function useCanvasZoomLevel(openingZoom: number): ZoomLevel {
  return useStore((s) => zoomLevelOf(s.panZoom ? s.transform[2] : openingZoom));
}

/**
 * The zoom the canvas opens at. React Flow applies the saved viewport only after its first
 * render; until then its zoom reads 1, which would build every card in full just once.
 */
export const OpeningZoomContext = createContext(1);

/**
 * Whether the zoom is at least `threshold`, using the opening zoom until React Flow has applied
 * it (`openingZoom` for the component that provides the context itself).
 */
export function useZoomAtLeast(threshold: number, openingZoom?: number): boolean {
  const fromContext = useContext(OpeningZoomContext);
  const opening = openingZoom ?? fromContext;
  return useStore((s) => (s.panZoom ? s.transform[2] : opening) >= threshold);
}
