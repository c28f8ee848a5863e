import { useRef } from "react";
import type { Viewport } from "../../domain/analysis/analysis";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";

/**
 * The viewport the canvas opens the analysis at (React Flow's `defaultViewport`, and the zoom
 * used until React Flow has applied it). Read once per opened analysis: every pan and zoom is
 * saved into the analysis when it ends, and subscribing to that would render the whole canvas
 * again after each one for a value React Flow no longer reads.
 */
export function useOpeningViewport(): Viewport {
  const store = useAppStoreApi();
  const analysisId = useAppStore((s) => s.analysis.id);
  const opened = useRef<{ analysisId: string; viewport: Viewport } | null>(null);
  if (opened.current?.analysisId !== analysisId)
    opened.current = { analysisId, viewport: store.getState().analysis.viewport };
  return opened.current.viewport;
}
