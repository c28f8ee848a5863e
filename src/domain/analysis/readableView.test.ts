import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cluster, factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { causalRanks } from "./focus";
import { placedNodes } from "./geometry";
import { rankFrames, readableViewport } from "./readableView";

const at = <T extends { position: { x: number; y: number } }>(node: T, x: number, y: number) => ({
  ...node,
  position: { x, y },
});

// effect ← problem ← cause ← root cause, and a loose note.
const tree = makeAnalysis(
  [
    at(factor("effect", "symptom", "Gevolg"), 0, 0),
    at(factor("problem", "problem", "Kern"), 0, 300),
    at(cluster("cause", "cause", "Oorzaak"), 0, 600),
    at(factor("root", "cause", "Grondoorzaak"), 0, 1000),
    { kind: "note" as const, id: "note", position: { x: 2000, y: 0 }, text: "Los" },
  ],
  [link("problem", "effect"), link("cause", "problem"), link("root", "cause")],
);

describe("presentation frames", () => {
  it("ranks causes below the core problem and effects above it", () => {
    const ranks = causalRanks(tree, "problem");
    expect(Object.fromEntries(ranks)).toEqual({ effect: -1, problem: 0, cause: 1, root: 2 });
  });

  it("frames each rank with its neighbours, from the effects down to the root causes", () => {
    const frames = rankFrames(tree, placedNodes(tree, new Map()));
    expect(frames.map((f) => f.rank)).toEqual([-1, 0, 1, 2]);
    const problemFrame = frames[1];
    // From the effect (y 0) to the bottom of the empty cause cluster (y 600, drawn 140 high);
    // the loose note is in no frame.
    expect(problemFrame?.box.y).toBe(0);
    expect(problemFrame?.box.height).toBe(740);
    expect(problemFrame?.box.width).toBeLessThan(2000);
  });

  it("has no frames without a core problem", () => {
    const noProblem = makeAnalysis([factor("a", "cause")], []);
    expect(rankFrames(noProblem, placedNodes(noProblem, new Map()))).toEqual([]);
  });

  it("never zooms below the readable zoom and centres the frame", () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          width: fc.integer({ min: 1, max: 20000 }),
          height: fc.integer({ min: 1, max: 20000 }),
        }),
        fc.double({ min: 0.5, max: 1.4, noNaN: true }),
        (frame, minZoom) => {
          const screen = { width: 1920, height: 1000 };
          const view = readableViewport(frame, screen, minZoom);
          expect(view.zoom).toBeGreaterThanOrEqual(minZoom);
          expect(view.zoom).toBeLessThanOrEqual(1.5);
          const cx = view.x + (frame.x + frame.width / 2) * view.zoom;
          const cy = view.y + (frame.y + frame.height / 2) * view.zoom;
          expect(cx).toBeCloseTo(960, 6);
          expect(cy).toBeCloseTo(500, 6);
        },
      ),
    );
  });

  it("shows the whole frame when it fits at a readable zoom", () => {
    const view = readableViewport(
      { x: 0, y: 0, width: 800, height: 400 },
      { width: 1920, height: 1000 },
      1.125,
    );
    expect(view.zoom).toBe(1.5);
    const small = readableViewport(
      { x: 0, y: 0, width: 1600, height: 800 },
      { width: 1920, height: 1000 },
      1,
    );
    expect(small.zoom).toBeCloseTo((1920 - 80) / 1600, 6);
  });
});
