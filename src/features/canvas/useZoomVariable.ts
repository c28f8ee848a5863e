import { useStoreApi } from "@xyflow/react";
import { type RefObject, useEffect } from "react";

/**
 * Keeps `--zoom` on `element` equal to the canvas zoom, written straight to the DOM (no render),
 * so CSS can keep link strokes, link labels and far-out cluster titles at a size that reads on
 * screen whatever the zoom. Panning leaves the zoom, and so the styles, untouched.
 */
export function useZoomVariable(element: RefObject<HTMLElement | null>) {
  const store = useStoreApi();
  useEffect(() => {
    let last = Number.NaN;
    const write = (zoom: number) => {
      if (zoom === last) return;
      last = zoom;
      element.current?.style.setProperty("--zoom", String(zoom));
    };
    write(store.getState().transform[2]);
    return store.subscribe((state) => write(state.transform[2]));
  }, [store, element]);
}
