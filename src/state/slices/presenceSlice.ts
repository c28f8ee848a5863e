import type { Position } from "../../domain/analysis/analysis";
import type { Participant } from "../../domain/presence/participant";
import type { RoomView } from "../roomView";
import type { SliceCreator } from "../sliceCreator";

/** A colleague in the same shared analysis, as their device announces it. */
export interface Peer extends Participant {
  /** Their connection (one person in two tabs is two peers). */
  clientId: number;
  /** The nodes they have selected. */
  selection: readonly string[];
}

/**
 * Who else is in the shared analysis (the awareness protocol, app/sync/presence.ts), and what
 * this device announces. Never saved, never undone; empty when the analysis is not shared.
 */
export interface PresenceSlice {
  /** This person as the others see them; null when not shared. */
  self: Participant | null;
  peers: readonly Peer[];
  /** Where each colleague's pointer is, in flow coordinates (changes often: kept apart). */
  peerPointers: ReadonlyMap<number, Position>;
  /** This person's pointer on the canvas, in flow coordinates; null when not on it. */
  pointer: Position | null;
  namePromptOpen: boolean;
  /** What this device's canvas shows, announced for colleagues who follow it; null when following. */
  roomView: RoomView | null;
  /** What each colleague's canvas shows (changes often: kept apart from `peers`). */
  peerRooms: ReadonlyMap<number, RoomView>;
  /** The colleague (connection) whose view this canvas follows, like a projector; null: none. */
  following: number | null;
  setSelf(self: Participant | null): void;
  setPeers(peers: readonly Peer[]): void;
  setPeerPointers(pointers: ReadonlyMap<number, Position>): void;
  setPointer(pointer: Position | null): void;
  setNamePromptOpen(open: boolean): void;
  setRoomView(room: RoomView | null): void;
  setPeerRooms(rooms: ReadonlyMap<number, RoomView>): void;
  setFollowing(clientId: number | null): void;
}

const NO_POINTERS: ReadonlyMap<number, Position> = new Map();
const NO_ROOMS: ReadonlyMap<number, RoomView> = new Map();

export const createPresenceSlice: SliceCreator<PresenceSlice> = (set) => ({
  self: null,
  peers: [],
  peerPointers: NO_POINTERS,
  pointer: null,
  namePromptOpen: false,
  roomView: null,
  peerRooms: NO_ROOMS,
  following: null,
  setSelf: (self) => set({ self }),
  setPeers: (peers) => set({ peers }),
  setPeerPointers: (peerPointers) => set({ peerPointers }),
  setPointer: (pointer) => set({ pointer }),
  setNamePromptOpen: (namePromptOpen) => set({ namePromptOpen }),
  setRoomView: (roomView) => set({ roomView }),
  setPeerRooms: (peerRooms) => set({ peerRooms }),
  setFollowing: (following) => set({ following }),
});
