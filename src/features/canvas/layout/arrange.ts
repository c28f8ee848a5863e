import { arrangeTree } from "../../../domain/layout/arrangeTree";
import type { AppStore } from "../../../state/createAppStore";

/**
 * Arranges the analysis (or only the selected nodes) as a problem tree (arrangeTree, pure and
 * fast: a 2,000-card board takes milliseconds) as one undoable step. Resolves false when there
 * was nothing to arrange.
 */
export async function arrangeAnalysis(store: AppStore, onlySelection: boolean): Promise<boolean> {
  const state = store.getState();
  const only = onlySelection ? new Set(state.selectedNodeIds) : undefined;
  const next = arrangeTree(state.analysis, only);
  if (next === state.analysis) return false;
  store.getState().change(() => next);
  return true;
}
