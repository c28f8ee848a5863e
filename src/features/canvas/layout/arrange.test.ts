import { describe, expect, it } from "vitest";
import { factor, link, makeAnalysis } from "../../../../tests/helpers/analysisFactory";
import { boundStore } from "../../../../tests/helpers/boundStore";
import type { Analysis } from "../../../domain/analysis/analysis";
import { countingIds } from "../../../domain/analysis/ids";
import { arrangeTree } from "../../../domain/layout/arrangeTree";
import { arrangeAnalysis } from "./arrange";

// A chain of causes under a problem with an effect above it, every box at the origin.
const board = makeAnalysis(
  [
    factor("root", "cause"),
    factor("cause", "cause"),
    factor("problem", "problem"),
    factor("effect", "symptom"),
  ],
  [link("root", "cause"), link("cause", "problem"), link("problem", "effect")],
);

const positions = (analysis: Analysis) =>
  Object.fromEntries(analysis.nodes.map((n) => [n.id, n.position]));

function storeWith(analysis: Analysis) {
  let clock = 1000;
  return boundStore(analysis, { ids: countingIds(), now: () => ++clock });
}

/** Lets every queued microtask run, but no task after the current one. */
async function drainMicrotasks() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe("arrangeAnalysis (Boom ordenen)", () => {
  it("applies the tree layout as one undo step, in a task after the one that worked it out", async () => {
    const { store, settled } = await storeWith(board);
    const before = store.getState().analysis;
    const done = arrangeAnalysis(store, false);
    // The click's task (and its microtasks, where a store change renders the canvas) ends
    // without the board changed: the commit gets a task of its own.
    await drainMicrotasks();
    expect(store.getState().analysis).toBe(before);
    expect(await done).toBe(true);
    // The same geometry as the layout itself gives.
    expect(positions(store.getState().analysis)).toEqual(positions(arrangeTree(before)));
    expect(positions(store.getState().analysis)).not.toEqual(positions(before));
    await settled();
    expect(store.getState().undoControl?.canUndo).toBe(true);
    store.getState().undo();
    expect(positions(store.getState().analysis)).toEqual(positions(before));
    expect(store.getState().undoControl?.canUndo).toBe(false);
  });

  it("lays out the analysis as it is when applied, should it change in between", async () => {
    const { store } = await storeWith(board);
    const done = arrangeAnalysis(store, false);
    // A second direct cause added before the layout lands (a colleague's edit) shares the
    // rank under the problem, which moves the boxes that were there.
    store.getState().change((a) => ({
      ...a,
      nodes: [...a.nodes, factor("second", "cause")],
      edges: [...a.edges, link("second", "problem")],
    }));
    const edited = store.getState().analysis;
    const { second: _, ...withoutSecond } = positions(arrangeTree(edited));
    expect(withoutSecond).not.toEqual(positions(arrangeTree(board)));
    expect(await done).toBe(true);
    const after = store.getState().analysis;
    expect(after.edges.map((e) => e.id)).toContain("second->problem");
    expect(positions(after)).toEqual(positions(arrangeTree(edited)));
  });

  it("resolves false and leaves the board when there is nothing to arrange", async () => {
    const { store } = await storeWith(makeAnalysis());
    const before = store.getState().analysis;
    expect(await arrangeAnalysis(store, false)).toBe(false);
    expect(store.getState().analysis).toBe(before);
  });
});
