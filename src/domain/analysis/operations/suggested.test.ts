import { describe, expect, it } from "vitest";
import { makeAnalysis, quoteCard } from "../../../../tests/helpers/analysisFactory";
import { cardsOutside, crowdedPairs } from "../../../../tests/helpers/layoutArbitraries";
import { makeQuote } from "../../../../tests/helpers/quoteFactory";
import { topLevelBoxes } from "../../layout/freeSpot";
import { countingIds } from "../ids";
import { placeAcceptedClusters } from "./suggested";

describe("placing accepted cluster proposals", () => {
  it("makes one cluster per proposal, with new cards and cards already there, overlapping nothing", () => {
    const quotes = Array.from({ length: 9 }, (_, i) => makeQuote({ id: `q${i}` }));
    const onCanvas = quoteCard("card-q0", "q0");
    const analysis = makeAnalysis([onCanvas]);
    const { analysis: next, clusterIds } = placeAcceptedClusters(
      analysis,
      [
        { label: "aangifte · politie", quotes: quotes.slice(0, 5) },
        { label: "scholen", quotes: quotes.slice(5) },
      ],
      "corpus-1",
      { x: 0, y: 0 },
      countingIds(),
    );
    expect(clusterIds).toHaveLength(2);
    const clusters = next.nodes.filter((n) => n.kind === "cluster");
    expect(clusters.map((c) => (c.kind === "cluster" ? c.label : "")).sort()).toEqual([
      "aangifte · politie",
      "scholen",
    ]);
    const members = (id: string) =>
      next.nodes
        .filter((n) => n.kind === "quote" && n.clusterId === id)
        .map((n) => (n.kind === "quote" ? n.quoteId : ""))
        .sort();
    expect(members(clusterIds[0] as string)).toEqual(["q0", "q1", "q2", "q3", "q4"]);
    expect(members(clusterIds[1] as string)).toEqual(["q5", "q6", "q7", "q8"]);
    // The card that was there is used, not doubled.
    expect(next.nodes.filter((n) => n.kind === "quote")).toHaveLength(9);
    expect(next.nodes.find((n) => n.id === "card-q0")).toMatchObject({ clusterId: clusterIds[0] });
    expect(crowdedPairs(topLevelBoxes(next), 0)).toEqual([]);
    expect(cardsOutside(next)).toEqual([]);
  });

  it("changes nothing without accepted proposals", () => {
    const analysis = makeAnalysis([quoteCard("c1", "q1")]);
    const result = placeAcceptedClusters(analysis, [], "corpus-1", { x: 0, y: 0 }, countingIds());
    expect(result.analysis).toBe(analysis);
  });
});
