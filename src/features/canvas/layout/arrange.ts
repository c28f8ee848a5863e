import type { Position } from "../../../domain/analysis/analysis";
import {
  anchorPositions,
  currentTopLeft,
  layoutRequestFor,
} from "../../../domain/analysis/layoutGraph";
import { moveNodes } from "../../../domain/analysis/operations";
import type { AppStore } from "../../../state/createAppStore";

/**
 * Arranges the analysis (or only the selected nodes) as a problem tree with ELK in a worker,
 * then applies the new positions as one undoable step. The worker and elkjs are loaded on
 * first use. Resolves false when there was nothing to arrange.
 */
export async function arrangeAnalysis(store: AppStore, onlySelection: boolean): Promise<boolean> {
  const state = store.getState();
  const only = onlySelection ? new Set(state.selectedNodeIds) : undefined;
  const request = layoutRequestFor(state.analysis, only);
  if (request.boxes.length === 0) return false;
  const anchor = currentTopLeft(state.analysis, request.boxes) ?? { x: 0, y: 0 };
  const { layoutInWorker } = await import("./layoutClient");
  const positions = anchorPositions(await layoutInWorker(request), request.boxes, anchor);
  store
    .getState()
    .change((a) => moveNodes(a, new Map<string, Position>(Object.entries(positions))));
  return true;
}
