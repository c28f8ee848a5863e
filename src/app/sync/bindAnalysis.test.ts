import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "../../domain/analysis/analysis";
import { countingIds } from "../../domain/analysis/ids";
import {
  captureLinked,
  castBallot,
  removeElements,
  setLabel,
  startVotingRound,
  tally,
} from "../../domain/analysis/operations";
import { analysisOfYDoc } from "../../io/ydoc/analysisYDoc";
import { createAppStore } from "../../state/createAppStore";
import type { EditAccess } from "../../state/slices/shareSlice";
import { type AnalysisBinding, bindAnalysis } from "./bindAnalysis";

const bindings: AnalysisBinding[] = [];
afterEach(() => {
  for (const binding of bindings.splice(0)) binding.stop();
});

const start = makeAnalysis([factor("a", null, "A"), factor("b", null, "B")]);
const REMOTE = "the other device";

/** Two Yjs documents that pass every update to each other at once, as a server would. */
function linkedDocs(): [Y.Doc, Y.Doc] {
  const left = new Y.Doc();
  const right = new Y.Doc();
  left.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(right, update, REMOTE);
  });
  right.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(left, update, REMOTE);
  });
  return [left, right];
}

function person(doc: Y.Doc, access: EditAccess = "full", analysis: Analysis = start) {
  const store = createAppStore();
  store.getState().openAnalysis(analysis);
  store.getState().setSelf({ id: `device-${access}`, name: access, colour: "#1d4ed8" });
  bindings.push(bindAnalysis(store, doc, { access }));
  const label = (id: string) => {
    const node = store.getState().analysis.nodes.find((n) => n.id === id);
    return node && "label" in node ? node.label : undefined;
  };
  const position = (id: string) =>
    store.getState().analysis.nodes.find((n) => n.id === id)?.position;
  return { store, state: () => store.getState(), label, position };
}

/** Store writes reach the document after the current action (a microtask). */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("the store bound to a shared Yjs document", () => {
  it("shares the first person's analysis, and the second one's store shows it", () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const bob = person(right, "full", makeAnalysis([factor("z", null, "anders")]));
    expect(bob.state().analysis.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(bob.label("a")).toBe("A");
    expect(alice.state().analysis.id).toBe(bob.state().analysis.id);
  });

  it("carries an edit to the other store without a step in its undo history", async () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const bob = person(right);
    alice.state().change((a) => setLabel(a, "a", "Armoede"));
    await settled();
    expect(bob.label("a")).toBe("Armoede");
    expect(bob.state().undoControl?.canUndo).toBe(false);
    const inDoc = analysisOfYDoc(right);
    expect(inDoc.ok && inDoc.value.nodes.find((n) => n.id === "a")).toMatchObject({
      label: "Armoede",
    });
  });

  it("undoes only my own edit, never a colleague's made after it", async () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const bob = person(right);
    alice.state().change((a) => setLabel(a, "a", "van Alice"));
    await settled();
    bob.state().change((a) => setLabel(a, "b", "van Bob"));
    await settled();
    expect(alice.state().undoControl?.canUndo).toBe(true);
    alice.state().undo();
    for (const someone of [alice, bob]) {
      expect(someone.label("a")).toBe("A");
      expect(someone.label("b")).toBe("van Bob");
    }
    alice.state().redo();
    expect(bob.label("a")).toBe("van Alice");
    // Bob's undo takes back his edit only.
    bob.state().undo();
    expect(alice.label("b")).toBe("B");
    expect(alice.label("a")).toBe("van Alice");
  });

  it("keeps the latest 200 steps: undoing them all leaves the edits before them", async () => {
    const alice = person(new Y.Doc());
    const edits = 205;
    for (let i = 1; i <= edits; i++) {
      alice.state().change((a) => setLabel(a, "a", `stap ${i}`));
      await settled();
    }
    let undone = 0;
    while (alice.state().undoControl?.canUndo && undone < edits) {
      alice.state().undo();
      undone++;
    }
    expect(undone).toBe(200);
    expect(alice.label("a")).toBe("stap 5");
  });

  it("makes a whole drag one undo step, and shows it to the other at the drop", async () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const bob = person(right);
    const before = alice.position("a");
    alice.state().beginDrag();
    for (let step = 1; step <= 5; step++) {
      alice.state().dragTo(new Map([["a", { x: 100 * step, y: 10 * step }]]));
      await settled();
    }
    expect(bob.position("a")).toEqual(before);
    alice.state().endDrag();
    await settled();
    expect(bob.position("a")).toEqual({ x: 500, y: 50 });
    alice.state().undo();
    expect(alice.position("a")).toEqual(before);
    expect(bob.position("a")).toEqual(before);
    expect(alice.state().undoControl?.canUndo).toBe(false);
  });

  it("keeps each person's viewport to themselves", async () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const bob = person(right);
    const bobsView = bob.state().analysis.viewport;
    alice.state().setViewport({ x: 300, y: -20, zoom: 2 });
    alice.state().change((a) => setLabel(a, "a", "na het pannen"));
    await settled();
    expect(bob.label("a")).toBe("na het pannen");
    expect(bob.state().analysis.viewport).toEqual(bobsView);
    expect(alice.state().analysis.viewport).toEqual({ x: 300, y: -20, zoom: 2 });
  });

  it("makes panning no undo step: after an edit and two pans, undo takes back the edit", async () => {
    const [left] = linkedDocs();
    const alice = person(left);
    alice.state().change((a) => setLabel(a, "a", "bewerkt"));
    await settled();
    alice.state().setViewport({ x: 10, y: 0, zoom: 1 });
    await settled();
    alice.state().setViewport({ x: 20, y: 0, zoom: 1 });
    await settled();
    expect(alice.state().undoControl?.canUndo).toBe(true);
    alice.state().undo();
    expect(alice.label("a")).toBe("A");
    expect(alice.state().undoControl?.canUndo).toBe(false);
  });

  it("writes nothing from a read-only binding and puts a local change back", async () => {
    const [left, right] = linkedDocs();
    const alice = person(left);
    const viewer = person(right, "view");
    const updates: unknown[] = [];
    right.on("update", (_u: Uint8Array, origin: unknown) => updates.push(origin));
    viewer.state().change((a) => setLabel(a, "a", "mag niet"));
    await settled();
    expect(viewer.label("a")).toBe("A");
    expect(alice.label("a")).toBe("A");
    expect(updates).toEqual([]);
    // What others change still arrives.
    alice.state().change((a) => setLabel(a, "b", "zichtbaar"));
    await settled();
    expect(viewer.label("b")).toBe("zichtbaar");
  });

  it("lets a participant vote and add a cause, and puts back what else they change", async () => {
    const [left, right] = linkedDocs();
    const ids = countingIds();
    const round = startVotingRound(
      start,
      { name: "R", dotsPerParticipant: 2, participants: 3 },
      1,
      ids,
    );
    const facilitator = person(left, "full", round.analysis);
    const participant = person(right, "participant");
    const me = participant.state().self?.id ?? "";

    participant.state().change((a) => castBallot(a, round.roundId, me, "a", 1));
    let added: string | null = null;
    participant.state().change((a) => {
      const result = captureLinked(a, "a", "Te weinig tijd", "cause", ids);
      added = result.nodeId;
      return result.analysis;
    });
    await settled();
    const counts = () => facilitator.state().analysis.votingRounds.map(tally)[0];
    expect(counts()).toEqual({ a: 1 });
    expect(facilitator.label(added ?? "")).toBe("Te weinig tijd");

    // Theirs to rename; a colleague's factor is neither renamed nor deleted.
    participant.state().change((a) => setLabel(a, added ?? "", "Te weinig tijd voor overleg"));
    participant.state().change((a) => setLabel(a, "b", "mag niet"));
    participant.state().change((a) => removeElements(a, ["a"], []));
    await settled();
    expect(facilitator.label(added ?? "")).toBe("Te weinig tijd voor overleg");
    expect(facilitator.label("b")).toBe("B");
    expect(facilitator.label("a")).toBe("A");
    expect(participant.label("a")).toBe("A");
    expect(participant.label("b")).toBe("B");
  });

  it("takes its undo away when the binding stops: the store keeps no history of its own", async () => {
    const [left] = linkedDocs();
    const alice = person(left);
    alice.state().change((a) => setLabel(a, "a", "eerder"));
    await settled();
    expect(alice.state().undoControl?.canUndo).toBe(true);
    bindings.pop()?.stop();
    expect(alice.state().undoControl).toBeNull();
    alice.state().change((a) => setLabel(a, "a", "lokaal"));
    alice.state().undo();
    expect(alice.label("a")).toBe("lokaal");
  });

  it("writes no change that was still queued when the binding stopped (bound again with another role)", async () => {
    const [left] = linkedDocs();
    const alice = person(left);
    alice.state().change((a) => setLabel(a, "a", "na het stoppen"));
    bindings.pop()?.stop();
    await settled();
    const inDoc = analysisOfYDoc(left);
    expect(inDoc.ok && inDoc.value.nodes.find((n) => n.id === "a")).toMatchObject({ label: "A" });
  });
});
