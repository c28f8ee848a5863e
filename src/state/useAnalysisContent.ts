import { useRef } from "react";
import type { Analysis } from "../domain/analysis/analysis";
import { sameApartFromPlaces } from "../domain/analysis/samePlaces";
import { useAppStore } from "./StoreProvider";

/**
 * The open analysis for readers that do not care where things are (checks, evidence,
 * coverage, ranking): a drag frame or a pan, which only move things, hands back the version
 * read before, so such a reader neither re-renders nor recomputes. Like zustand's useShallow,
 * the selector remembers its last answer.
 */
export function useAnalysisContent(): Analysis {
  const last = useRef<Analysis | null>(null);
  return useAppStore((state) => {
    const previous = last.current;
    if (previous && sameApartFromPlaces(previous, state.analysis)) return previous;
    last.current = state.analysis;
    return state.analysis;
  });
}
