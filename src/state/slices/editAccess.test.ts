import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { countingIds } from "../../domain/analysis/ids";
import { setLabel } from "../../domain/analysis/operations";
import { shortcutAllowed } from "../../features/canvas/accessShortcuts";
import { createAppStore } from "../createAppStore";

function viewOnlyStore() {
  const store = createAppStore({ ids: countingIds(), now: () => 1 });
  store.getState().openAnalysis(makeAnalysis([factor("f", null, "Oorzaak")]));
  store.getState().setEditAccess("view");
  return store;
}

describe("a view-only link", () => {
  it("refuses every edit in the store: a change, a drag, a field edit, inline editing", () => {
    const store = viewOnlyStore();
    const before = store.getState().analysis;
    const state = store.getState();
    state.change((a) => setLabel(a, "f", "Anders"));
    state.beginDrag();
    state.dragTo(new Map([["f", { x: 500, y: 500 }]]));
    state.endDrag();
    state.beginFieldEdit();
    state.setEditing("f");
    expect(store.getState().analysis).toBe(before);
    expect(store.getState().dragOrigin).toBeNull();
    expect(store.getState().fieldOrigin).toBeNull();
    expect(store.getState().editingNodeId).toBeNull();
  });

  it("still shows what arrives from the shared document and moves the view", () => {
    const store = viewOnlyStore();
    store.getState().replaceAnalysis(makeAnalysis([factor("g", null, "Van een collega")]));
    store.getState().setViewport({ x: 10, y: 20, zoom: 2 });
    expect(store.getState().analysis.nodes.map((n) => n.id)).toEqual(["g"]);
    expect(store.getState().analysis.viewport).toEqual({ x: 10, y: 20, zoom: 2 });
  });

  it("edits again once the access is full (the link is left)", () => {
    const store = viewOnlyStore();
    store.getState().setEditAccess("full");
    store.getState().change((a) => setLabel(a, "f", "Anders"));
    expect(store.getState().analysis.nodes[0]).toMatchObject({ label: "Anders" });
  });
});

describe("shortcuts by access", () => {
  it("lets a viewer look and select but not add, delete or vote", () => {
    expect(
      ["nextNode", "selectAll", "fitView", "focus"].map((id) => shortcutAllowed(id, "view")),
    ).toEqual([true, true, true, true]);
    expect(
      ["addFactor", "delete", "paste", "vote", "editLabel", "undo"].some((id) =>
        shortcutAllowed(id, "view"),
      ),
    ).toBe(false);
  });

  it("lets a participant vote and undo, but not delete or regroup", () => {
    expect(["vote", "unvote", "undo"].every((id) => shortcutAllowed(id, "participant"))).toBe(true);
    expect(
      ["delete", "group", "addNote", "link"].some((id) => shortcutAllowed(id, "participant")),
    ).toBe(false);
    expect(shortcutAllowed("delete", "full")).toBe(true);
  });
});
