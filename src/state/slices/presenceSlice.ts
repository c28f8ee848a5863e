import type { Position } from "../../domain/analysis/analysis";
import type { Participant } from "../../domain/presence/participant";
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
  setSelf(self: Participant | null): void;
  setPeers(peers: readonly Peer[]): void;
  setPeerPointers(pointers: ReadonlyMap<number, Position>): void;
  setPointer(pointer: Position | null): void;
  setNamePromptOpen(open: boolean): void;
}

const NO_POINTERS: ReadonlyMap<number, Position> = new Map();

export const createPresenceSlice: SliceCreator<PresenceSlice> = (set) => ({
  self: null,
  peers: [],
  peerPointers: NO_POINTERS,
  pointer: null,
  namePromptOpen: false,
  setSelf: (self) => set({ self }),
  setPeers: (peers) => set({ peers }),
  setPeerPointers: (peerPointers) => set({ peerPointers }),
  setPointer: (pointer) => set({ pointer }),
  setNamePromptOpen: (namePromptOpen) => set({ namePromptOpen }),
});
