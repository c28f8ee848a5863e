import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { boundStore } from "../../../tests/helpers/boundStore";
import { makeQuote } from "../../../tests/helpers/quoteFactory";
import { countingIds } from "../../domain/analysis/ids";
import {
  groupIntoCluster,
  moveNodes,
  nodeById,
  placeQuotes,
  removeElements,
  setLabel,
  setRole,
} from "../../domain/analysis/operations";
import { withGoalTree } from "../../domain/goals/derive";
import { type AppStore, createAppStore } from "../createAppStore";

function storeWith(analysis = makeAnalysis([factor("f")])) {
  let clock = 1000;
  const store = createAppStore({ ids: countingIds(), now: () => ++clock });
  store.getState().openAnalysis(analysis);
  return store;
}

/** As storeWith, bound to its Yjs document as the app binds it: undo and redo work. */
function bound(analysis = makeAnalysis([factor("f")])) {
  let clock = 1000;
  return boundStore(analysis, { ids: countingIds(), now: () => ++clock });
}
const canUndo = (store: AppStore) => store.getState().undoControl?.canUndo;
const canRedo = (store: AppStore) => store.getState().undoControl?.canRedo;

describe("canvas slice", () => {
  it("applies a change as one undo step and redoes it", async () => {
    const { store, settled } = await bound();
    const { change, undo, redo } = store.getState();
    change((a) => setRole(a, ["f"], "cause"));
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: "cause" });
    await settled();
    undo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: null });
    redo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: "cause" });
  });

  it("stamps updatedAt on a change and records nothing for a no-op", async () => {
    const { store, settled } = await bound();
    const before = store.getState().analysis;
    store.getState().change((a) => a);
    expect(store.getState().analysis).toBe(before);
    await settled();
    expect(canUndo(store)).toBe(false);
    store.getState().change((a) => setRole(a, ["f"], "problem"));
    expect(store.getState().analysis.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it("undoes several changes in order", async () => {
    const { store, settled } = await bound(makeAnalysis());
    const quotes = [makeQuote({ id: "q1" }), makeQuote({ id: "q2" })];
    const ids = store.getState().ids;
    store.getState().change((a) => placeQuotes(a, quotes, "seed", { x: 0, y: 0 }, ids).analysis);
    await settled();
    store.getState().change((a) => groupIntoCluster(a, ["quote_1", "quote_2"], "K", ids).analysis);
    await settled();
    expect(store.getState().analysis.nodes).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().analysis.nodes).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().analysis.nodes).toHaveLength(0);
  });

  it("records a whole drag as a single step", async () => {
    const { store, settled } = await bound();
    const { beginDrag, dragTo, endDrag } = store.getState();
    beginDrag();
    for (let x = 1; x <= 20; x++) {
      dragTo(new Map([["f", { x, y: x }]]));
      await settled();
    }
    expect(canUndo(store)).toBe(false);
    endDrag();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 20, y: 20 });
    await settled();
    expect(canUndo(store)).toBe(true);
    store.getState().undo();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 0, y: 0 });
    expect(canUndo(store)).toBe(false);
    store.getState().redo();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 20, y: 20 });
  });

  it("lets a drag finish with a tidy-up inside the same step, and records nothing for a click", async () => {
    const { store, settled } = await bound();
    store.getState().beginDrag();
    store.getState().endDrag();
    await settled();
    expect(canUndo(store)).toBe(false);
    store.getState().beginDrag();
    store.getState().dragTo(new Map([["f", { x: 5, y: 5 }]]));
    store.getState().endDrag((a) => setRole(a, ["f"], "symptom"));
    await settled();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({
      role: "symptom",
      position: { x: 5, y: 5 },
    });
    store.getState().undo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({
      role: null,
      position: { x: 0, y: 0 },
    });
    expect(canUndo(store)).toBe(false);
  });

  it("keeps selection and viewport out of the undo history", async () => {
    const { store, settled } = await bound();
    store.getState().select(["f"]);
    store.getState().setViewport({ x: 10, y: 20, zoom: 2 });
    expect(store.getState().selectedNodeIds.has("f")).toBe(true);
    expect(store.getState().analysis.viewport).toEqual({ x: 10, y: 20, zoom: 2 });
    await settled();
    expect(canUndo(store)).toBe(false);
  });

  it("starts a freshly opened analysis with an empty history", async () => {
    const { store, settled } = await bound();
    store.getState().change((a) => setRole(a, ["f"], "cause"));
    await settled();
    store.getState().openAnalysis({ ...makeAnalysis(), id: "another" });
    await settled();
    expect(canUndo(store)).toBe(false);
    store.getState().undo();
    expect(store.getState().analysis.nodes).toEqual([]);
  });
});

describe("a form field's edit", () => {
  it("shows every keystroke at once and records the whole edit as one undo step", async () => {
    const { store, settled } = await bound();
    const { beginFieldEdit, endFieldEdit, change, undo } = store.getState();
    beginFieldEdit();
    for (const label of ["K", "Ke", "Ken"]) {
      change((a) => setLabel(a, "f", label));
      expect(nodeById(store.getState().analysis, "f")).toMatchObject({ label });
      await settled();
    }
    // Something put in meanwhile that is no edit (a correction followed) does not end it.
    store.getState().replaceAnalysis(store.getState().analysis);
    await settled();
    change((a) => setLabel(a, "f", "Kennis"));
    await settled();
    expect(canUndo(store)).toBe(false);
    endFieldEdit();
    await settled();
    expect(canUndo(store)).toBe(true);
    undo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ label: "f" });
    expect(canUndo(store)).toBe(false);
    expect(canRedo(store)).toBe(true);
  });

  it("records nothing for a field left unchanged, and ends when another analysis opens", async () => {
    const { store, settled } = await bound();
    store.getState().beginFieldEdit();
    store.getState().endFieldEdit();
    await settled();
    expect(canUndo(store)).toBe(false);
    store.getState().beginFieldEdit();
    store.getState().openAnalysis({ ...makeAnalysis([factor("g")]), id: "another" });
    await settled();
    store.getState().change((a) => setRole(a, ["g"], "cause"));
    await settled();
    expect(canUndo(store)).toBe(true);
    store.getState().undo();
    expect(nodeById(store.getState().analysis, "g")).toMatchObject({ role: null });
    expect(canUndo(store)).toBe(false);
  });

  it("opens another analysis on its problem tree, and keeps the view when the same one is read again", () => {
    const store = storeWith();
    store.getState().setGoalView(true);
    store.getState().openAnalysis({ ...store.getState().analysis });
    expect(store.getState().goalView).toBe(true);
    store.getState().openAnalysis({ ...makeAnalysis([factor("g")]), id: "another" });
    expect(store.getState().goalView).toBe(false);
  });
});

describe("keeping the goal tree in step", () => {
  it("resyncs after a problem-tree edit, not after a move", () => {
    const analysis = withGoalTree(
      makeAnalysis([factor("f", "cause"), factor("p", "problem")]),
      countingIds(),
    );
    const store = storeWith(analysis);
    const goalTree = store.getState().analysis.goalTree;
    store.getState().change((a) => moveNodes(a, new Map([["f", { x: 40, y: 40 }]])));
    expect(store.getState().analysis.goalTree).toBe(goalTree);
    store.getState().change((a) => removeElements(a, ["f"]));
    const goal = store.getState().analysis.goalTree?.goals.find((g) => g.sourceId === "f");
    expect(goal?.sourceGone).toBe(true);
  });
});
