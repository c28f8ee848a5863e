import { useOnViewportChange, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { AppState } from "../../state/createAppStore";
import { roomViewOf, type ViewRect } from "../../state/roomView";
import { useAppStoreApi } from "../../state/StoreProvider";
import {
  openProjectorChannel,
  readProjectorMessage,
  type SessionMessage,
} from "./projectorChannel";

/** At most this often a moving viewport is sent: smooth enough, and cheap. */
const VIEW_INTERVAL_MS = 50;

function sessionOf(state: AppState, view: ViewRect | null): SessionMessage {
  return { type: "session", analysisId: state.analysis.id, ...roomViewOf(state, view) };
}

/**
 * In the facilitator's window: tells a projector window what the room should see besides the
 * analysis (which tab sync carries), as soon as it changes; in a shared analysis the same goes
 * into the store's `roomView`, which presence announces to colleagues who follow this person
 * (not while this canvas follows someone itself: two people following each other would pass
 * ever larger areas back and forth).
 */
export function useProjectorBroadcast() {
  const store = useAppStoreApi();
  const flowStore = useStoreApi();
  const send = useRef<() => void>(() => {});

  useEffect(() => {
    const bus = openProjectorChannel();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const visibleArea = (): ViewRect | null => {
      const { width, height, transform } = flowStore.getState();
      const [x, y, zoom] = transform;
      if (width <= 0 || height <= 0 || zoom <= 0) return null;
      return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
    };
    const post = () => {
      timer = null;
      const state = store.getState();
      const view = visibleArea();
      bus?.postMessage(sessionOf(state, view));
      if (state.self) state.setRoomView(state.following === null ? roomViewOf(state, view) : null);
    };
    send.current = () => {
      timer ??= setTimeout(post, VIEW_INTERVAL_MS);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.selectedNodeIds !== previous.selectedNodeIds ||
        state.focusMode !== previous.focusMode ||
        state.focusLevel !== previous.focusLevel ||
        state.shownRoundId !== previous.shownRoundId ||
        state.timer !== previous.timer ||
        state.self !== previous.self ||
        state.following !== previous.following
      )
        post();
    });
    const onMessage = (event: MessageEvent) => {
      const message = readProjectorMessage(event.data);
      if (message?.type === "hello" && message.analysisId === store.getState().analysis.id) post();
    };
    bus?.addEventListener("message", onMessage);
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      bus?.removeEventListener("message", onMessage);
      bus?.close();
      send.current = () => {};
    };
  }, [store, flowStore]);

  useOnViewportChange({ onChange: () => send.current() });
}
