import { useReactFlow } from "@xyflow/react";
import { type MouseEvent, memo } from "react";
import type { QuoteNode } from "../../../domain/analysis/analysis";
import { useT } from "../../../i18n/useT";
import { useAppStore, useAppStoreApi } from "../../../state/StoreProvider";
import type { FlowEdge, FlowNode } from "../flowTypes";
import { CARD_ZOOM, nodeBoxOnCanvas } from "../nodeBoxOnCanvas";

/**
 * A cluster's cards as the cluster draws them when the canvas is zoomed far out: each card in
 * its place, showing its theme number, as a card node would at that zoom. Plain elements
 * instead of a React Flow node per card make a large board open and pan quickly.
 *
 * A click selects a card (Shift adds it), a double click zooms in on it; there a card is a
 * node again, to drag or link. Keyboard users reach each card with the select-next keys, which
 * zoom in the same way (useCanvasCommands), so the drawing itself is hidden from assistive
 * technology; the cluster node carries its name and card count.
 */
export const OverviewCards = memo(function OverviewCards({
  cards,
}: {
  cards: readonly QuoteNode[];
}) {
  const t = useT();
  const store = useAppStoreApi();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const selected = useAppStore((s) => s.selectedNodeIds);

  const cardAt = (event: MouseEvent) => {
    const id = (event.target as Element).closest<HTMLElement>("[data-card-id]")?.dataset.cardId;
    return id ? cards.find((c) => c.id === id) : undefined;
  };

  const onClick = (event: MouseEvent) => {
    const card = cardAt(event);
    if (!card) return;
    // The cluster node must not take the click as its own selection.
    event.stopPropagation();
    const state = store.getState();
    const ids = event.shiftKey
      ? [...[...state.selectedNodeIds].filter((id) => id !== card.id), card.id]
      : [card.id];
    state.select(ids);
  };

  const onDoubleClick = (event: MouseEvent) => {
    const card = cardAt(event);
    const { analysis, nodeSizes } = store.getState();
    const box = card ? nodeBoxOnCanvas(flow, analysis, nodeSizes, card.id) : null;
    if (!box) return;
    event.stopPropagation();
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(flow.getZoom(), CARD_ZOOM),
      duration: 250,
    });
  };

  return (
    <div
      className="overview-cards nodrag"
      aria-hidden="true"
      title={t("canvas.overviewCardHint")}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {cards.map((card) => (
        <div
          key={card.id}
          data-card-id={card.id}
          className={`node quote-card summary${selected.has(card.id) ? " selected" : ""}`}
          style={{ left: card.position.x, top: card.position.y }}
        >
          <p className="quote-card-theme">{card.snapshot.section}</p>
        </div>
      ))}
    </div>
  );
});
