import { useRef } from "react";
import type { Analysis } from "../domain/analysis/analysis";
import { sameApartFromPlaces, sameApartFromView } from "../domain/analysis/samePlaces";
import { useAppStore } from "./StoreProvider";

/**
 * The open analysis, handing back the version read before while `same(before, now)` holds, so
 * a reader that does not care about that difference neither re-renders nor recomputes. Like
 * zustand's useShallow, the selector remembers its last answer.
 */
function useAnalysisUnlessChanged(same: (before: Analysis, after: Analysis) => boolean): Analysis {
  const last = useRef<Analysis | null>(null);
  return useAppStore((state) => {
    const previous = last.current;
    if (previous && same(previous, state.analysis)) return previous;
    last.current = state.analysis;
    return state.analysis;
  });
}

/**
 * The open analysis for readers that do not care where things are (checks, evidence,
 * coverage, ranking): a drag frame or a pan, which only move things, changes nothing for them.
 */
export function useAnalysisContent(): Analysis {
  return useAnalysisUnlessChanged(sameApartFromPlaces);
}

/**
 * The open analysis for readers that draw it (the canvas's nodes and links): a pan or zoom,
 * which only writes the viewport, changes nothing for them; a drag does. Its `viewport` may be
 * older than the store's.
 */
export function useAnalysisApartFromView(): Analysis {
  return useAnalysisUnlessChanged(sameApartFromView);
}
