import { useCallback, useMemo } from "react";
import type { Analysis } from "../../domain/analysis/analysis";
import type { QuoteGroup } from "../../domain/suggest/engine";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useSuggestClient } from "../../state/useSuggestClient";
import { useT } from "../../state/useT";

/** How many clusters are highlighted while a quote is dragged. */
export const DRAG_FIT_CLUSTERS = 2;

/** The clusters of the analysis with the library quotes of their cards. */
export function clusterGroups(analysis: Analysis): QuoteGroup[] {
  const quoteIds = new Map<string, string[]>();
  for (const node of analysis.nodes)
    if (node.kind === "quote" && node.clusterId)
      quoteIds.set(node.clusterId, [...(quoteIds.get(node.clusterId) ?? []), node.quoteId]);
  return analysis.nodes.flatMap((node) =>
    node.kind === "cluster" ? [{ id: node.id, quoteIds: quoteIds.get(node.id) ?? [] }] : [],
  );
}

export interface DragFit {
  /** A quote is being dragged: ask which clusters it fits (answered while the drag lasts). */
  start(quoteId: string): void;
  /** The drag ended: no more highlight, a late answer is dropped. */
  end(): void;
}

let dragNumber = 0;

/**
 * "Bij welk cluster hoort dit?": highlights the clusters a dragged quote fits best, those it
 * fits at least MIN_FIT_SCORE (the engine leaves the others out).
 */
export function useDragFit(): DragFit {
  const store = useAppStoreApi();
  const client = useSuggestClient();
  const start = useCallback(
    (quoteId: string) => {
      const asked = ++dragNumber;
      const groups = clusterGroups(store.getState().analysis).filter((g) => g.quoteIds.length > 0);
      if (groups.length === 0) return;
      client.fit(quoteId, groups, DRAG_FIT_CLUSTERS).then(
        (fits) => {
          if (asked !== dragNumber) return;
          // Below the engine's minimum no cluster is outlined; the status line says so.
          if (fits.length > 0) store.getState().setDragFit(fits.map((f) => f.id));
          else store.getState().setDragFitNone();
        },
        () => {
          // No highlight is no loss: the card can be dropped anywhere all the same.
        },
      );
    },
    [store, client],
  );
  const end = useCallback(() => {
    dragNumber++;
    const { dragFit, dragFitNone, setDragFit } = store.getState();
    if (dragFit.length > 0 || dragFitNone) setDragFit([]);
  }, [store]);
  return useMemo(() => ({ start, end }), [start, end]);
}

/** Says which clusters light up while a quote is dragged (for screen readers). */
export function DragFitStatus() {
  const t = useT();
  const names = useAppStore((s) =>
    s.dragFit
      .map((id) => s.analysis.nodes.find((n) => n.id === id))
      .map((node) => (node?.kind === "cluster" ? node.label || t("canvas.untitled") : ""))
      .filter((name) => name !== "")
      .join("\u0000"),
  );
  const none = useAppStore((s) => s.dragFitNone);
  const [first, second] = names ? names.split("\u0000") : [];
  return (
    <p className="visually-hidden" role="status" data-testid="drag-fit-status">
      {first && second
        ? t("suggest.dragFitTwo", { first, second })
        : first
          ? t("suggest.dragFitOne", { first })
          : none
            ? t("suggest.dragFitNone")
            : ""}
    </p>
  );
}
