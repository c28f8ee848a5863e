import { describe, expect, it } from "vitest";
import { cluster, factor, makeAnalysis, quoteCard } from "../../../tests/helpers/analysisFactory";
import { mapFrame, topLevelBoxes } from "./miniMapGeometry";
import { createNodeMapper } from "./toFlow";

const kindNames = { quote: "Citaat", cluster: "Cluster", factor: "Factor", note: "Notitie" };

function flowNodes(analysis: ReturnType<typeof makeAnalysis>) {
  return createNodeMapper()({
    analysis,
    selectedNodeIds: new Set(),
    sizes: new Map(),
    evidence: new Map(),
    kindNames,
  });
}

describe("topLevelBoxes", () => {
  it("draws clusters and free nodes with their role, not the cards inside clusters", () => {
    const analysis = makeAnalysis([
      { ...cluster("k", "cause"), position: { x: 100, y: 50 } },
      { ...quoteCard("in", "q1", { clusterId: "k" }), position: { x: 16, y: 56 } },
      { ...quoteCard("free", "q2"), position: { x: -300, y: 0 } },
      { ...factor("f", "problem"), position: { x: 600, y: 10 } },
    ]);
    const boxes = topLevelBoxes(flowNodes(analysis));
    expect(boxes.map((b) => [b.id, b.role, b.x, b.y])).toEqual([
      ["k", "cause", 100, 50],
      ["free", null, -300, 0],
      ["f", "problem", 600, 10],
    ]);
    expect(boxes.every((b) => b.width > 0 && b.height > 0)).toBe(true);
  });
});

describe("mapFrame", () => {
  const map = { width: 200, height: 150 };

  it("outlines the visible area in flow coordinates", () => {
    // Panned by (-200, -100) on screen at zoom 0.5: the view starts at flow (400, 200).
    const { outline } = mapFrame([], { x: -200, y: -100, zoom: 0.5, width: 800, height: 600 }, map);
    expect(outline).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
  });

  it("keeps every node and the visible area inside the view box, at the map's aspect ratio", () => {
    const boxes = [
      { x: -5000, y: 0, width: 300, height: 200 },
      { x: 3000, y: 2500, width: 300, height: 200 },
    ];
    const view = { x: 0, y: 0, zoom: 1, width: 1280, height: 800 };
    const { viewBox } = mapFrame(boxes, view, map);
    for (const r of [...boxes, { x: 0, y: 0, width: 1280, height: 800 }]) {
      expect(r.x).toBeGreaterThan(viewBox.x);
      expect(r.y).toBeGreaterThan(viewBox.y);
      expect(r.x + r.width).toBeLessThan(viewBox.x + viewBox.width);
      expect(r.y + r.height).toBeLessThan(viewBox.y + viewBox.height);
    }
    expect(viewBox.width / viewBox.height).toBeCloseTo(200 / 150, 6);
  });
});
