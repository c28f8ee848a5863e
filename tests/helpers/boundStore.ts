import { followOpenAnalysis } from "../../src/app/tabs/followOpenAnalysis";
import type { Analysis } from "../../src/domain/analysis/analysis";
import {
  type AppStore,
  type AppStoreOptions,
  createAppStore,
} from "../../src/state/createAppStore";

export interface BoundStore {
  store: AppStore;
  /**
   * Resolves once the store's pending change is written into its Yjs document (the binding's
   * microtask) and the document of an analysis opened since is bound: undo and redo see it.
   */
  settled(): Promise<void>;
  stop(): void;
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/**
 * Binds `store` as the app does without IndexedDB (followOpenAnalysis, memory mode): its open
 * analysis is a Yjs document of its own, whose undo manager is the store's undo and redo.
 */
export async function bindStore(store: AppStore): Promise<BoundStore> {
  const document = followOpenAnalysis(store, null);
  const settled = async () => {
    await microtask();
    await document.ready();
    await microtask();
  };
  await settled();
  return { store, settled, stop: document.stop };
}

/** A fresh store showing `analysis` (when given), bound to a fresh Yjs document. */
export async function boundStore(
  analysis?: Analysis,
  options: AppStoreOptions = {},
): Promise<BoundStore> {
  const store = createAppStore(options);
  if (analysis) store.getState().openAnalysis(analysis);
  return bindStore(store);
}
