import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { boundStore } from "../../../tests/helpers/boundStore";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import type { Analysis } from "../../domain/analysis/analysis";
import { countingIds } from "../../domain/analysis/ids";
import { nodeById } from "../../domain/analysis/operations";
import { type CanvasView, createCanvasCommands } from "./canvasCommands";

async function setup(analysis: Analysis = makeAnalysis()) {
  const { store, settled } = await boundStore(analysis, { ids: countingIds(), now: () => 1 });
  const view: CanvasView = {
    centre: () => ({ x: 500, y: 300 }),
    reveal: vi.fn(),
    fitView: vi.fn(),
  };
  const commands = createCanvasCommands(store, view, { newCluster: "Nieuw cluster" });
  const doc = () => store.getState().analysis;
  /** Undo then redo the last step, checking both ends (as read back from the document). */
  const expectUndoable = async (before: Analysis) => {
    const after = doc();
    expect(after).not.toEqual(before);
    await settled();
    store.getState().undo();
    expect(doc()).toEqual(before);
    store.getState().redo();
    expect(doc()).toEqual(after);
  };
  return { store, view, commands, doc, expectUndoable };
}

beforeEach(() => localStorage.clear());

describe("canvas commands", () => {
  it("places a quote centred on the view centre when that is free, undoably", async () => {
    const { commands, doc, expectUndoable, store } = await setup();
    const before = doc();
    expect(commands.placeQuote(makeQuote({ id: "q1" }))).toBe("placed");
    expect(doc().nodes[0]).toMatchObject({
      kind: "quote",
      quoteId: "q1",
      // The card (260 × 136) centred on the view's centre (500, 300).
      position: { x: 500 - 130, y: 300 - 68 },
    });
    expect([...store.getState().selectedNodeIds]).toEqual([doc().nodes[0]?.id]);
    await expectUndoable(before);
  });

  it("puts similar quotes into the cluster of the card they are like, in one undo step", async () => {
    const { commands, doc, expectUndoable } = await setup(
      makeAnalysis([cluster("k1"), quoteCard("c1", "q1", { clusterId: "k1" })]),
    );
    const before = doc();
    const added = commands.placeTogether([
      makeQuote({ id: "q1" }),
      makeQuote({ id: "q2" }),
      makeQuote({ id: "q3" }),
    ]);
    expect(added).toHaveLength(2);
    const cards = doc().nodes.filter((n) => n.kind === "quote");
    expect(cards.map((n) => [n.quoteId, n.clusterId])).toEqual([
      ["q1", "k1"],
      ["q2", "k1"],
      ["q3", "k1"],
    ]);
    // Laid out in the cluster's grid: no two cards on the same spot.
    expect(new Set(cards.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(3);
    await expectUndoable(before);
  });

  it("puts similar quotes beside a free card, outside any cluster", async () => {
    const { commands, doc } = await setup(makeAnalysis([cluster("k1"), quoteCard("c1", "q1")]));
    commands.placeTogether([makeQuote({ id: "q1" }), makeQuote({ id: "q2" })]);
    const added = doc().nodes.find((n) => n.kind === "quote" && n.quoteId === "q2");
    expect(added).toMatchObject({ clusterId: null });
  });

  it("focuses the existing card instead of placing a quote twice", async () => {
    const { commands, doc, view, store } = await setup(makeAnalysis([quoteCard("c1", "q1")]));
    expect(commands.placeQuote(makeQuote({ id: "q1" }))).toBe("focused");
    expect(doc().nodes).toHaveLength(1);
    expect(view.reveal).toHaveBeenCalledWith("c1");
    expect([...store.getState().selectedNodeIds]).toEqual(["c1"]);
  });

  it("groups the selection into a named-later cluster and ungroups it", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([quoteCard("a", "q1"), quoteCard("b", "q2")]),
    );
    store.getState().select(["a", "b"]);
    const before = doc();
    commands.group();
    const created = doc().nodes.find((n) => n.kind === "cluster");
    expect(created).toMatchObject({ label: "Nieuw cluster" });
    expect(store.getState().editingNodeId).toBe(created?.id);
    await expectUndoable(before);
    const grouped = doc();
    store.getState().select([created?.id ?? ""]);
    commands.ungroup();
    expect(doc().nodes.some((n) => n.kind === "cluster")).toBe(false);
    await expectUndoable(grouped);
  });

  it("collapses and expands selected clusters", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([cluster("k"), quoteCard("a", "q1", { clusterId: "k" })]),
    );
    store.getState().select(["k"]);
    const before = doc();
    commands.toggleCollapsed();
    expect(nodeById(doc(), "k")).toMatchObject({ collapsed: true });
    await expectUndoable(before);
  });

  it("sets roles on the selection", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([cluster("k"), factor("f")]),
    );
    store.getState().select(["k", "f"]);
    const before = doc();
    commands.setRole("cause");
    expect(nodeById(doc(), "k")).toMatchObject({ role: "cause" });
    expect(nodeById(doc(), "f")).toMatchObject({ role: "cause" });
    await expectUndoable(before);
  });

  it("links two selected nodes first → second", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([factor("a"), factor("b")]),
    );
    store.getState().select(["b", "a"]);
    const before = doc();
    commands.linkSelected();
    expect(doc().edges).toEqual([
      expect.objectContaining({ source: "b", target: "a", kind: "causes" }),
    ]);
    await expectUndoable(before);
  });

  it("links by keyboard: start from one node, pick the target, confirm", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([factor("a"), factor("b")]),
    );
    store.getState().select(["a"]);
    commands.linkSelected();
    expect(store.getState().linkSourceId).toBe("a");
    commands.selectNext(1);
    expect([...store.getState().selectedNodeIds]).toEqual(["b"]);
    const before = doc();
    commands.finishLink();
    expect(store.getState().linkSourceId).toBeNull();
    expect(doc().edges).toEqual([expect.objectContaining({ source: "a", target: "b" })]);
    await expectUndoable(before);
    commands.linkSelected();
    commands.cancelLink();
    expect(store.getState().linkSourceId).toBeNull();
  });

  it("adds a factor and a note ready for typing", async () => {
    const { commands, doc, expectUndoable, store } = await setup();
    const before = doc();
    commands.addFactor("problem");
    const f = doc().nodes[0];
    expect(f).toMatchObject({ kind: "factor", role: "problem" });
    expect(store.getState().editingNodeId).toBe(f?.id);
    await expectUndoable(before);
    const withFactor = doc();
    commands.addNote();
    expect(doc().nodes.map((n) => n.kind)).toEqual(["factor", "note"]);
    expect(doc().nodes[1]?.position).not.toEqual(f?.position);
    await expectUndoable(withFactor);
  });

  it("deletes selected nodes and links", async () => {
    const { commands, doc, expectUndoable, store } = await setup(
      makeAnalysis([factor("a"), factor("b"), factor("c")], [link("a", "b"), link("b", "c")]),
    );
    store.getState().select(["a"], ["b->c"]);
    const before = doc();
    commands.deleteSelection();
    expect(doc().nodes.map((n) => n.id)).toEqual(["b", "c"]);
    expect(doc().edges).toEqual([]);
    await expectUndoable(before);
  });

  it("copies and pastes, also into another analysis, and duplicates", async () => {
    const source = makeAnalysis(
      [cluster("k", "cause"), quoteCard("a", "q1", { clusterId: "k" }), factor("p")],
      [link("k", "p")],
    );
    const first = await setup(source);
    first.store.getState().select(["k", "p"]);
    first.commands.copy();
    const other = await setup(makeAnalysis());
    const before = other.doc();
    other.commands.paste();
    expect(
      other
        .doc()
        .nodes.map((n) => n.kind)
        .sort(),
    ).toEqual(["cluster", "factor", "quote"]);
    expect(other.doc().edges).toHaveLength(1);
    other.expectUndoable(before);

    const beforeDuplicate = first.doc();
    first.commands.duplicate();
    expect(first.doc().nodes).toHaveLength(6);
    first.expectUndoable(beforeDuplicate);
  });

  it("ignores a clipboard that holds something else", async () => {
    localStorage.setItem("ontrafel.clipboard", '{"nodes":[{"kind":"script"}]}');
    const { commands, doc } = await setup();
    const before = doc();
    commands.paste();
    expect(doc()).toBe(before);
  });

  it("walks the nodes in reading order and selects all", async () => {
    const nodes = [
      { ...factor("low"), position: { x: 0, y: 300 } },
      { ...factor("top"), position: { x: 50, y: 0 } },
      { ...factor("mid"), position: { x: 0, y: 100 } },
    ];
    const { commands, store } = await setup(makeAnalysis(nodes));
    commands.selectNext(1);
    expect([...store.getState().selectedNodeIds]).toEqual(["top"]);
    commands.selectNext(1, true);
    expect([...store.getState().selectedNodeIds]).toEqual(["top", "mid"]);
    commands.selectNext(-1);
    expect([...store.getState().selectedNodeIds]).toEqual(["top"]);
    commands.selectAll();
    expect(store.getState().selectedNodeIds.size).toBe(3);
    commands.clearSelection();
    expect(store.getState().selectedNodeIds.size).toBe(0);
  });
});
