import { describe, expect, it } from "vitest";
import { factor, makeAnalysis } from "../../../tests/helpers/analysisFactory";
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
import { createAppStore } from "../createAppStore";

function storeWith(analysis = makeAnalysis([factor("f")])) {
  let clock = 1000;
  const store = createAppStore({ ids: countingIds(), now: () => ++clock });
  store.getState().openAnalysis(analysis);
  return store;
}

describe("canvas slice", () => {
  it("applies a change as one undo step and redoes it", () => {
    const store = storeWith();
    const { change, undo, redo } = store.getState();
    change((a) => setRole(a, ["f"], "cause"));
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: "cause" });
    undo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: null });
    redo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ role: "cause" });
  });

  it("stamps updatedAt on a change and records nothing for a no-op", () => {
    const store = storeWith();
    const before = store.getState().analysis;
    store.getState().change((a) => a);
    expect(store.getState().analysis).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().change((a) => setRole(a, ["f"], "problem"));
    expect(store.getState().analysis.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it("undoes several changes in order", () => {
    const store = storeWith(makeAnalysis());
    const quotes = [makeQuote({ id: "q1" }), makeQuote({ id: "q2" })];
    const ids = store.getState().ids;
    store.getState().change((a) => placeQuotes(a, quotes, "seed", { x: 0, y: 0 }, ids).analysis);
    store.getState().change((a) => groupIntoCluster(a, ["quote_1", "quote_2"], "K", ids).analysis);
    expect(store.getState().analysis.nodes).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().analysis.nodes).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().analysis.nodes).toHaveLength(0);
  });

  it("records a whole drag as a single step", () => {
    const store = storeWith();
    const { beginDrag, dragTo, endDrag } = store.getState();
    beginDrag();
    for (let x = 1; x <= 20; x++) dragTo(new Map([["f", { x, y: x }]]));
    endDrag();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 20, y: 20 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 0, y: 0 });
    store.getState().redo();
    expect(nodeById(store.getState().analysis, "f")?.position).toEqual({ x: 20, y: 20 });
  });

  it("lets a drag finish with a tidy-up inside the same step, and records nothing for a click", () => {
    const store = storeWith();
    store.getState().beginDrag();
    store.getState().endDrag();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().beginDrag();
    store.getState().dragTo(new Map([["f", { x: 5, y: 5 }]]));
    store.getState().endDrag((a) => setRole(a, ["f"], "symptom"));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({
      role: "symptom",
      position: { x: 5, y: 5 },
    });
  });

  it("keeps selection and viewport out of the undo history", () => {
    const store = storeWith();
    store.getState().select(["f"]);
    store.getState().setViewport({ x: 10, y: 20, zoom: 2 });
    expect(store.getState().selectedNodeIds.has("f")).toBe(true);
    expect(store.getState().analysis.viewport).toEqual({ x: 10, y: 20, zoom: 2 });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it("starts a freshly opened analysis with an empty history", () => {
    const store = storeWith();
    store.getState().change((a) => setRole(a, ["f"], "cause"));
    store.getState().openAnalysis(makeAnalysis());
    store.getState().undo();
    expect(store.getState().analysis.nodes).toEqual([]);
  });
});

describe("a form field's edit", () => {
  it("shows every keystroke at once and records the whole edit as one undo step", () => {
    const store = storeWith();
    const { beginFieldEdit, endFieldEdit, change, undo } = store.getState();
    beginFieldEdit();
    for (const label of ["K", "Ke", "Ken"]) {
      change((a) => setLabel(a, "f", label));
      expect(nodeById(store.getState().analysis, "f")).toMatchObject({ label });
    }
    // Another tab's save arriving meanwhile does not end the edit's coalescing.
    store.getState().replaceAnalysis(store.getState().analysis);
    change((a) => setLabel(a, "f", "Kennis"));
    endFieldEdit();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(nodeById(store.getState().analysis, "f")).toMatchObject({ label: "f" });
  });

  it("records nothing for a field left unchanged, and ends when another analysis opens", () => {
    const store = storeWith();
    store.getState().beginFieldEdit();
    store.getState().endFieldEdit();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().beginFieldEdit();
    store.getState().openAnalysis(makeAnalysis([factor("g")]));
    store.getState().change((a) => setRole(a, ["g"], "cause"));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
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
