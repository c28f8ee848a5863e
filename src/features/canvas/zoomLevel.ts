import { useStore } from "@xyflow/react";
import { createContext, useContext } from "react";

/** Below this zoom small print cannot be read: cards show a summary, links drop their dashes. */
export const DETAIL_ZOOM = 0.45;

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
