// Part of the lazy sharing chunk: the awareness protocol never enters the first screen's script.
import type { Awareness } from "y-protocols/awareness";
import type { Position } from "../../domain/analysis/analysis";
import { participantOf } from "../../domain/presence/participant";
import type { AppState, AppStore } from "../../state/createAppStore";
import { type RoomView, roomViewSchema } from "../../state/roomView";
import type { Peer } from "../../state/slices/presenceSlice";

/** What each device announces about itself (its awareness state). */
interface Announced {
  user: unknown;
  selection: unknown;
  pointer: unknown;
  room: unknown;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((id): id is string => typeof id === "string").slice(0, 500)
    : [];

const positionOf = (value: unknown): Position | null => {
  if (typeof value !== "object" || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x + y) ? { x, y } : null;
};

const announce = (state: AppState) => ({
  user: state.self,
  selection: [...state.selectedNodeIds],
  pointer: state.pointer,
  room: state.roomView,
});

/**
 * Presence over the provider's awareness: this device announces who it is (the store's `self`),
 * its selected nodes, its pointer on the canvas and what its canvas shows (`roomView`, for those
 * who follow it); the colleagues' announcements become the store's `peers` (name, colour,
 * selection), `peerPointers` and `peerRooms`, each set only when it changed, so a moving
 * pointer or view never re-renders the list of who is here.
 */
export function bindPresence(store: AppStore, awareness: Awareness): { stop(): void } {
  const state = () => store.getState();
  let peersKey = "";
  let roomsKey = "";

  const receive = () => {
    const peers: Peer[] = [];
    const pointers = new Map<number, Position>();
    const rooms = new Map<number, RoomView>();
    for (const [clientId, raw] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const announced = raw as Partial<Announced>;
      const user = participantOf(announced.user);
      if (!user) continue;
      peers.push({ ...user, clientId, selection: ids(announced.selection) });
      const pointer = positionOf(announced.pointer);
      if (pointer) pointers.set(clientId, pointer);
      const room = roomViewSchema.safeParse(announced.room);
      if (room.success) rooms.set(clientId, room.data);
    }
    peers.sort((a, b) => a.clientId - b.clientId);
    const key = JSON.stringify(peers);
    if (key !== peersKey) {
      peersKey = key;
      state().setPeers(peers);
    }
    if (pointers.size > 0 || state().peerPointers.size > 0) state().setPeerPointers(pointers);
    const roomsNow = JSON.stringify([...rooms]);
    if (roomsNow !== roomsKey) {
      roomsKey = roomsNow;
      state().setPeerRooms(rooms);
    }
    // Someone followed who left (or stopped sharing their view) is followed no more.
    const followed = state().following;
    if (followed !== null && !peers.some((peer) => peer.clientId === followed))
      state().setFollowing(null);
  };

  awareness.setLocalState(announce(state()));
  awareness.on("change", receive);
  receive();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.self !== previous.self) awareness.setLocalStateField("user", next.self);
    if (next.selectedNodeIds !== previous.selectedNodeIds)
      awareness.setLocalStateField("selection", [...next.selectedNodeIds]);
    if (next.pointer !== previous.pointer) awareness.setLocalStateField("pointer", next.pointer);
    if (next.roomView !== previous.roomView) awareness.setLocalStateField("room", next.roomView);
  });

  return {
    stop() {
      unsubscribe();
      awareness.off("change", receive);
      // Tells the others at once that this person left (the server also does on disconnect).
      awareness.setLocalState(null);
      state().setPeers([]);
      state().setPeerPointers(new Map());
      state().setPeerRooms(new Map());
      state().setFollowing(null);
    },
  };
}
