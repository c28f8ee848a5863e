import { arrangeTree } from "../../../domain/layout/arrangeTree";
import { nextTask } from "../../../services/nextTask";
import type { AppStore } from "../../../state/createAppStore";

/**
 * Arranges the analysis (or only the selected nodes) as a problem tree (arrangeTree, pure and
 * fast: a 2,000-card board takes milliseconds) as one undoable step. Resolves false when there
 * was nothing to arrange.
 *
 * The positions are applied in a task after the one that worked them out: the store change
 * renders every moved node and link at once (one synchronous React commit), and computing,
 * committing and then drawing the board in a single task kept the main thread from answering
 * for the sum of the three (layout_500_main_thread_block_ms). What the user sees is the same:
 * the board moves in one step, a task later. Should the analysis change in between (an edit
 * by a colleague), the layout is worked out again on what is there then.
 */
export async function arrangeAnalysis(store: AppStore, onlySelection: boolean): Promise<boolean> {
  const state = store.getState();
  const only = onlySelection ? new Set(state.selectedNodeIds) : undefined;
  const before = state.analysis;
  const next = arrangeTree(before, only);
  if (next === before) return false;
  await nextTask();
  store.getState().change((current) => (current === before ? next : arrangeTree(current, only)));
  return true;
}
