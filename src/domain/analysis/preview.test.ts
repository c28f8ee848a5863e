import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import type { AnalysisNode } from "./analysis";
import { PREVIEW_SIZE, previewOf } from "./preview";

function at<T extends AnalysisNode>(node: T, x: number, y: number): T {
  return { ...node, position: { x, y } };
}

describe("previewOf", () => {
  it("is empty for an empty analysis", () => {
    expect(previewOf(makeAnalysis())).toEqual({ shapes: [], lines: [] });
  });

  it("draws top-level nodes with their kind and role inside the thumbnail", () => {
    const preview = previewOf(
      makeAnalysis(
        [
          at(cluster("k", "cause"), 0, 400),
          at(quoteCard("q", "q1", { clusterId: "k" }), 10, 40),
          at(factor("p", "problem"), 1000, 0),
          at(quoteCard("loose", "q2"), 500, 200),
        ],
        [link("k", "p"), link("q", "p"), link("p", "missing")],
      ),
    );
    // The quote inside the cluster is drawn by its cluster.
    expect(preview.shapes.map((s) => [s.id, s.kind, s.role])).toEqual([
      ["k", "cluster", "cause"],
      ["p", "factor", "problem"],
      ["loose", "quote", null],
    ]);
    for (const s of preview.shapes) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(PREVIEW_SIZE.width);
      expect(s.y + s.height).toBeLessThanOrEqual(PREVIEW_SIZE.height);
    }
    // The cluster lies below the factor, as on the canvas.
    const [k, p] = preview.shapes;
    expect(k?.y).toBeGreaterThan(p?.y ?? Number.POSITIVE_INFINITY);
    // A link from a clustered quote starts at its cluster; one to a missing node is left out.
    expect(preview.lines.map((l) => l.id)).toEqual(["k->p", "q->p"]);
    expect(preview.lines[0]).toEqual({ ...preview.lines[1], id: "k->p" });
  });

  it("centres a single node", () => {
    const [shape] = previewOf(makeAnalysis([at(factor("a"), 300, 300)])).shapes;
    expect(shape && shape.x + shape.width / 2).toBeCloseTo(PREVIEW_SIZE.width / 2, 0);
    expect(shape && shape.y + shape.height / 2).toBeCloseTo(PREVIEW_SIZE.height / 2, 0);
  });
});
