import { describe, expect, it } from "vitest";
import { analysisSchema } from "../../src/domain/analysis/analysis";
import { makeSyntheticAnalysis } from "../helpers/syntheticAnalysis";

describe("makeSyntheticAnalysis", () => {
  it("is deterministic and valid against the analysis schema", () => {
    const size = { quotes: 300, clusters: 15, links: 300, factors: 4 };
    const analysis = makeSyntheticAnalysis(size);
    expect(makeSyntheticAnalysis(size)).toEqual(analysis);
    expect(analysisSchema.safeParse(analysis).success).toBe(true);
  });

  it("puts every card in one of the clusters, evenly, and links only existing nodes", () => {
    const analysis = makeSyntheticAnalysis({ quotes: 2000, clusters: 100, links: 2000 });
    const cards = analysis.nodes.filter((n) => n.kind === "quote");
    const clusterIds = new Set(analysis.nodes.filter((n) => n.kind === "cluster").map((n) => n.id));
    expect(cards).toHaveLength(2000);
    expect(clusterIds.size).toBe(100);
    const perCluster = new Map<string, number>();
    for (const card of cards) {
      expect(clusterIds.has(card.clusterId ?? "")).toBe(true);
      perCluster.set(card.clusterId ?? "", (perCluster.get(card.clusterId ?? "") ?? 0) + 1);
    }
    expect(new Set(perCluster.values())).toEqual(new Set([20]));

    const ids = new Set(analysis.nodes.map((n) => n.id));
    expect(ids.size).toBe(analysis.nodes.length);
    expect(analysis.edges).toHaveLength(2000);
    const pairs = new Set(analysis.edges.map((e) => `${e.source}->${e.target}`));
    expect(pairs.size).toBe(2000);
    for (const edge of analysis.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.source).not.toBe(edge.target);
    }
    expect(new Set(analysis.edges.map((e) => e.kind))).toEqual(new Set(["causes", "relates"]));
  });
});
