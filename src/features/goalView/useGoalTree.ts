import { useCallback } from "react";
import type { Analysis } from "../../domain/analysis/analysis";
import type { IdSource } from "../../domain/analysis/ids";
import { useAppStore } from "../../state/StoreProvider";

/** Applies a goal-tree operation as one undo step (the store resyncs the tree after it). */
export function useGoalChange() {
  const change = useAppStore((s) => s.change);
  const ids = useAppStore((s) => s.ids);
  return useCallback(
    (operation: (analysis: Analysis, ids: IdSource) => Analysis) =>
      change((analysis) => operation(analysis, ids)),
    [change, ids],
  );
}

/** Focuses an element by id once React has rendered it. */
export function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
