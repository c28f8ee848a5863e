import { useReactFlow } from "@xyflow/react";
import { type MouseEvent, memo, type PointerEvent, useRef } from "react";
import type { QuoteNode } from "../../../domain/analysis/analysis";
import type { Box } from "../../../domain/analysis/geometry";
import { QUOTE_SIZE } from "../../../domain/layout/boxSizes";
import { useAppStore, useAppStoreApi } from "../../../state/StoreProvider";
import { useT } from "../../../state/useT";
import { clusterOutlines, finishDrag } from "../cardDrag";
import type { FlowEdge, FlowNode } from "../flowTypes";
import { CARD_ZOOM, nodeBoxOnCanvas } from "../nodeBoxOnCanvas";

/**
 * A cluster's cards as the cluster draws them when the canvas is zoomed far out: each card as
 * a plain block in its place (its text would be too small to read; the cluster's title, drawn
 * large, says what they are about). Plain elements
 * instead of a React Flow node per card make a large board open and pan quickly.
 *
 * A click selects a card (Shift adds it), dragging moves it (into another cluster or out of
 * its own, as a card node would), a double click zooms in on it; there a card is a node again,
 * to link. Keyboard users reach each card with the select-next keys, which
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

  const drag = useRef<{
    id: string;
    from: { x: number; y: number };
    at: { x: number; y: number };
    zoom: number;
    outlines: Map<string, Box> | null;
  } | null>(null);
  /** A drag just ended: the click that follows is not a selection. */
  const dragged = useRef(false);

  const cardAt = (event: MouseEvent) => {
    const id = (event.target as Element).closest<HTMLElement>("[data-card-id]")?.dataset.cardId;
    return id ? cards.find((c) => c.id === id) : undefined;
  };

  const onPointerDown = (event: PointerEvent) => {
    const card = cardAt(event);
    if (!card || event.button !== 0) return;
    const from = { x: event.clientX, y: event.clientY };
    drag.current = { id: card.id, from, at: card.position, zoom: flow.getZoom(), outlines: null };
  };

  const onPointerMove = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    const dx = event.clientX - current.from.x;
    const dy = event.clientY - current.from.y;
    // A few pixels of jitter are still a click.
    if (!current.outlines && Math.hypot(dx, dy) < 4) return;
    if (!current.outlines) {
      // Captured only now: a plain click keeps its target, the card.
      event.currentTarget.setPointerCapture(event.pointerId);
      current.outlines = clusterOutlines(flow);
      store.getState().beginDrag();
    }
    const position = { x: current.at.x + dx / current.zoom, y: current.at.y + dy / current.zoom };
    store.getState().dragTo(new Map([[current.id, position]]));
  };

  const onPointerUp = () => {
    const current = drag.current;
    drag.current = null;
    dragged.current = !!current?.outlines;
    if (current?.outlines) finishDrag(store, [current.id], current.outlines);
  };

  const onClick = (event: MouseEvent) => {
    const card = cardAt(event);
    if (!card) return;
    // The cluster node must not take the click as its own selection.
    event.stopPropagation();
    if (dragged.current) {
      dragged.current = false;
      return;
    }
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
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      {cards.map((card) => (
        <div
          key={card.id}
          data-card-id={card.id}
          className={`node quote-card summary${selected.has(card.id) ? " selected" : ""}`}
          style={{ left: card.position.x, top: card.position.y, ...QUOTE_SIZE }}
        />
      ))}
    </div>
  );
});
