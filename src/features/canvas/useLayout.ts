import { useReactFlow } from "@xyflow/react";
import { useCallback, useState } from "react";
import type { Position } from "../../domain/analysis/analysis";
import {
  anchorPositions,
  currentTopLeft,
  layoutRequestFor,
} from "../../domain/analysis/layoutGraph";
import { moveNodes } from "../../domain/analysis/operations";
import { useAppStoreApi } from "../../state/StoreProvider";

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
      const state = store.getState();
      const only = onlySelection ? new Set(state.selectedNodeIds) : undefined;
      const request = layoutRequestFor(state.analysis, state.nodeSizes, only);
      if (request.boxes.length === 0) return;
      const anchor = currentTopLeft(state.analysis, request.boxes) ?? { x: 0, y: 0 };
      setStatus({ kind: "busy" });
      try {
        const { layoutInWorker } = await import("./layout/layoutClient");
        const positions = anchorPositions(await layoutInWorker(request), request.boxes, anchor);
        store
          .getState()
          .change((a) => moveNodes(a, new Map<string, Position>(Object.entries(positions))));
        setStatus({ kind: "idle" });
        if (!onlySelection)
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
