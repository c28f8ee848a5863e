import { describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { createAppStore } from "../../state/createAppStore";
import { bindPresence } from "./presence";

/** Two devices whose awareness updates reach each other at once (as through the server). */
function twoDevices() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on(
      "update",
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        const changed = [...added, ...updated, ...removed];
        applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), "relay");
      },
    );
  relay(a, b);
  relay(b, a);
  const anna = createAppStore();
  const bob = createAppStore();
  anna.getState().setSelf({ id: "anna-device", name: "Anna", colour: "#1d4ed8" });
  bob.getState().setSelf({ id: "bob-device", name: "Bob", colour: "#b91c1c" });
  return {
    anna,
    bob,
    a,
    b,
    annaPresence: bindPresence(anna, a),
    bobPresence: bindPresence(bob, b),
  };
}

describe("bindPresence", () => {
  it("shows each device who else is here, with their selection and pointer", () => {
    const { anna, bob, b } = twoDevices();
    expect(anna.getState().peers).toEqual([
      { id: "bob-device", name: "Bob", colour: "#b91c1c", clientId: b.clientID, selection: [] },
    ]);
    expect(bob.getState().peers.map((peer) => peer.name)).toEqual(["Anna"]);

    bob.getState().select(["node-1", "node-2"]);
    bob.getState().setPointer({ x: 120, y: -40 });
    expect(anna.getState().peers[0]?.selection).toEqual(["node-1", "node-2"]);
    expect(anna.getState().peerPointers.get(b.clientID)).toEqual({ x: 120, y: -40 });

    bob.getState().setSelf({ id: "bob-device", name: "Bob B.", colour: "#15803d" });
    expect(anna.getState().peers[0]).toMatchObject({ name: "Bob B.", colour: "#15803d" });
  });

  it("a moving pointer leaves the list of peers as it is", () => {
    const { anna, bob } = twoDevices();
    const peers = anna.getState().peers;
    bob.getState().setPointer({ x: 1, y: 2 });
    bob.getState().setPointer({ x: 3, y: 4 });
    expect(anna.getState().peers).toBe(peers);
  });

  it("someone who leaves is gone from the others' list, their pointer too", () => {
    const { anna, bob, bobPresence } = twoDevices();
    bob.getState().setPointer({ x: 1, y: 2 });
    bobPresence.stop();
    expect(anna.getState().peers).toEqual([]);
    expect(anna.getState().peerPointers.size).toBe(0);
    expect(bob.getState().peers).toEqual([]);
  });

  it("passes on what a canvas shows to those who follow it, and stops following one who leaves", () => {
    const { anna, bob, b, bobPresence } = twoDevices();
    const room = {
      view: { x: 10, y: 20, width: 800, height: 450 },
      selected: ["node-1"],
      focusMode: true,
      focusLevel: 1,
      shownRoundId: null,
      timer: { kind: "idle" as const, durationMs: 300_000 },
    };
    bob.getState().setRoomView(room);
    expect(anna.getState().peerRooms.get(b.clientID)).toEqual(room);
    const rooms = anna.getState().peerRooms;
    bob.getState().setPointer({ x: 5, y: 5 });
    expect(anna.getState().peerRooms).toBe(rooms);

    // A view that is no room view (a broken or newer peer) is not passed on.
    b.setLocalStateField("room", { view: "everything" });
    expect(anna.getState().peerRooms.size).toBe(0);

    anna.getState().setFollowing(b.clientID);
    bobPresence.stop();
    expect(anna.getState().following).toBeNull();
  });

  it("ignores an announcement that is no participant", () => {
    const { anna, b } = twoDevices();
    b.setLocalState({ user: { name: "no id", colour: "#1d4ed8" }, selection: "x" });
    expect(anna.getState().peers).toEqual([]);
  });
});
