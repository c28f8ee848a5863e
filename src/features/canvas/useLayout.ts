import { useReactFlow } from "@xyflow/react";
import { useCallback, useState } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { arrangeAnalysis } from "./layout/arrange";

export type LayoutStatus =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "failed"; message: string };

/**
 * Arranges the analysis as a problem tree (or only the selection) in a worker, then applies
 * the new positions as one undoable step. The layout code is loaded on first use.
 */
export function useLayout() {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const [status, setStatus] = useState<LayoutStatus>({ kind: "idle" });

  const run = useCallback(
    async (onlySelection: boolean) => {
      setStatus({ kind: "busy" });
      try {
        const arranged = await arrangeAnalysis(store, onlySelection);
        setStatus({ kind: "idle" });
        if (arranged && !onlySelection)
          window.requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 300 }));
      } catch (error) {
        setStatus({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [store, flow],
  );

  return {
    status,
    layout: useCallback(() => void run(false), [run]),
    tidySelection: useCallback(() => void run(true), [run]),
  };
}
