import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";
import { roomViewState } from "../../state/roomView";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";

/**
 * In a shared analysis, following a colleague (the header's "who is here" list) makes this
 * canvas show what theirs shows, as a projector window does on their own device: their visible
 * area, selection, focus, shown voting round and timer. A projector on another device opens a
 * view-only link and follows the facilitator.
 */
export function useFollowPeer() {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const room = useAppStore((s) =>
    s.following === null ? null : (s.peerRooms.get(s.following) ?? null),
  );
  useEffect(() => {
    if (!room) return;
    store.setState(roomViewState(room));
    if (room.view) void flow.fitBounds(room.view, { padding: 0 });
  }, [room, store, flow]);
}
