import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import { boundsOf, placedNodes, selectionClosure, subAnalysis } from "./geometry";

describe("export geometry", () => {
  const card = { ...quoteCard("k", "q", { clusterId: "c" }), position: { x: 16, y: 56 } };
  const analysis = makeAnalysis(
    [
      { ...cluster("c"), position: { x: 100, y: 100 } },
      card,
      { ...factor("f"), position: { x: 1000, y: 0 } },
    ],
    [link("c", "f")],
  );

  it("places cards inside their cluster, in canvas coordinates, the cluster grown around them", () => {
    const boxes = new Map(placedNodes(analysis, new Map()).map((p) => [p.node.id, p.box]));
    expect(boxes.get("k")).toEqual({ x: 116, y: 156, width: 260, height: 136 });
    const c = boxes.get("c");
    expect(c && c.x + c.width).toBeGreaterThanOrEqual(116 + 260);
    expect(boundsOf([...boxes.values()])).toEqual({
      x: 100,
      y: 0,
      width: 1120,
      height: expect.any(Number),
    });
  });

  it("leaves out the cards of a collapsed cluster, as the canvas does", () => {
    const collapsed = {
      ...analysis,
      nodes: analysis.nodes.map((n) => (n.kind === "cluster" ? { ...n, collapsed: true } : n)),
    };
    expect(placedNodes(collapsed, new Map()).map((p) => p.node.id)).toEqual(["c", "f"]);
  });

  it("a selection brings its cluster's cards, or a card's cluster, and keeps only links among them", () => {
    expect(selectionClosure(analysis, new Set(["c"]))).toEqual(new Set(["c", "k"]));
    expect(selectionClosure(analysis, new Set(["k"]))).toEqual(new Set(["k", "c"]));
    const part = subAnalysis(analysis, new Set(["c", "k"]));
    expect(part.nodes.map((n) => n.id)).toEqual(["c", "k"]);
    expect(part.edges).toEqual([]);
  });
});
