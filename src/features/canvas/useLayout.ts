import { useReactFlow } from "@xyflow/react";
import { useCallback, useRef, useState } from "react";
import { useAppStoreApi } from "../../state/StoreProvider";
import { arrangeAnalysis } from "./layout/arrange";

export type LayoutStatus =
  /** `runs`: layouts finished so far, shown on the button so a test can wait for one. */
  { kind: "idle"; runs: number } | { kind: "busy" } | { kind: "failed"; message: string };

/**
 * Arranges the analysis as a problem tree (or only the selection; arrangeTree), then applies
 * the new positions as one undoable step.
 */
export function useLayout() {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const [status, setStatus] = useState<LayoutStatus>({ kind: "idle", runs: 0 });
  const runs = useRef(0);

  const run = useCallback(
    async (onlySelection: boolean) => {
      setStatus({ kind: "busy" });
      try {
        const arranged = await arrangeAnalysis(store, onlySelection);
        runs.current += 1;
        setStatus({ kind: "idle", runs: runs.current });
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
