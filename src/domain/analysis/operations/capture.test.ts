import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../../tests/helpers/analysisFactory";
import type { AnalysisNode, Position } from "../analysis";
import { countingIds } from "../ids";
import { captureLinked, nextSibling, siblingsOf, treeNeighbour } from "./capture";

const at = (node: AnalysisNode, x: number, y: number): AnalysisNode => ({
  ...node,
  position: { x, y },
});
const problem = at(factor("p", "problem", "Kern"), 0, 0);

describe("quick capture", () => {
  it("adds a cause below the node, linked to it, with the cause role", () => {
    const result = captureLinked(
      makeAnalysis([problem]),
      "p",
      "  Geen zicht op signalen ",
      "cause",
      countingIds(),
    );
    const added = result.analysis.nodes.find((n) => n.id === result.nodeId);
    expect(added).toMatchObject({ kind: "factor", label: "Geen zicht op signalen", role: "cause" });
    expect(added?.position.y).toBeGreaterThan(problem.position.y);
    expect(result.analysis.edges).toEqual([
      expect.objectContaining({ source: result.nodeId, target: "p", kind: "causes" }),
    ]);
  });

  it("adds a symptom above, with the link from the node to it", () => {
    const result = captureLinked(
      makeAnalysis([problem]),
      "p",
      "Daders vrij",
      "symptom",
      countingIds(),
    );
    const added = result.analysis.nodes.find((n) => n.id === result.nodeId);
    expect(added).toMatchObject({ role: "symptom" });
    expect(added?.position.y).toBeLessThan(0);
    expect(result.analysis.edges[0]).toMatchObject({ source: "p", target: result.nodeId });
  });

  it("puts successive causes side by side, not on top of each other", () => {
    const ids = countingIds();
    let a = makeAnalysis([problem]);
    const added: string[] = [];
    for (const label of ["Een", "Twee", "Drie"]) {
      const r = captureLinked(a, "p", label, "cause", ids);
      a = r.analysis;
      added.push(r.nodeId as string);
    }
    const positions = added.map((id) => a.nodes.find((n) => n.id === id)?.position as Position);
    expect(new Set(positions.map((p) => p.y)).size).toBe(1);
    const xs = positions.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((m, n) => m - n));
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(220);
  });

  it("places a cause of a card in a cluster below where the card really is", () => {
    const card = { ...quoteCard("q", "q1", { clusterId: "c" }), position: { x: 16, y: 56 } };
    const a = makeAnalysis([at(cluster("c"), 500, 500), card]);
    const r = captureLinked(a, "q", "Oorzaak", "cause", countingIds());
    const added = r.analysis.nodes.find((n) => n.id === r.nodeId);
    expect(added?.position.y).toBeGreaterThan(556);
  });

  it("changes nothing for empty text or a missing node", () => {
    const a = makeAnalysis([problem]);
    expect(captureLinked(a, "p", "   ", "cause", countingIds()).analysis).toBe(a);
    expect(captureLinked(a, "x", "Iets", "cause", countingIds()).analysis).toBe(a);
  });
});

describe("tree navigation", () => {
  const a = makeAnalysis(
    [
      problem,
      at(factor("c2"), 300, 200),
      at(factor("c1"), 0, 200),
      at(factor("s"), 0, -200),
      factor("lone"),
    ],
    [link("c2", "p"), link("c1", "p"), link("p", "s")],
  );

  it("knows the siblings left to right and steps through them, wrapping", () => {
    expect(siblingsOf(a, "c2").map((n) => n.id)).toEqual(["c1", "c2"]);
    expect(nextSibling(a, "c1", 1)).toBe("c2");
    expect(nextSibling(a, "c2", 1)).toBe("c1");
    expect(nextSibling(a, "c1", -1)).toBe("c2");
    expect(nextSibling(a, "lone", 1)).toBeUndefined();
  });

  it("goes down to a cause and up to an effect", () => {
    expect(treeNeighbour(a, "p", "cause")).toBe("c1");
    expect(treeNeighbour(a, "p", "symptom")).toBe("s");
    expect(treeNeighbour(a, "c2", "symptom")).toBe("p");
    expect(treeNeighbour(a, "s", "symptom")).toBeUndefined();
  });
});
