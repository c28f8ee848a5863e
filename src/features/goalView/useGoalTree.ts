import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Analysis } from "../../domain/analysis/analysis";
import type { IdSource } from "../../domain/analysis/ids";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";

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

/**
 * Focus and blur handlers for a container of form fields (a goal row, an action form): each
 * field's edit, from focus to blur, is one undo step however many keystrokes it took (the
 * store's fieldEdit, as a drag on the canvas), while every keystroke shows at once. An edit
 * still open when the container goes (its goal or action removed) ends then.
 */
export function useFieldEdit() {
  const store = useAppStoreApi();
  const open = useRef(false);
  useEffect(
    () => () => {
      if (open.current) store.getState().endFieldEdit();
    },
    [store],
  );
  return useMemo(
    () => ({
      onFocus: () => {
        open.current = true;
        store.getState().beginFieldEdit();
      },
      onBlur: () => {
        open.current = false;
        store.getState().endFieldEdit();
      },
    }),
    [store],
  );
}
