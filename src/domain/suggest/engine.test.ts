import { describe, expect, it } from "vitest";
import { createSuggestEngine, MIN_FIT_SCORE } from "./engine";
import type { SimilarityIndex, SimilaritySource } from "./similarity";

/** A similarity given by hand: `table[a][b]` for a ≤ b, the rest what the latent part leaves. */
function handSource(table: Record<string, number>, rest: number): SimilaritySource {
  return {
    name: "hand",
    index(texts): SimilarityIndex {
      const similarity = (a: number, b: number) =>
        table[`${texts[Math.min(a, b)]}|${texts[Math.max(a, b)]}`] ?? rest;
      return {
        size: texts.length,
        similarity,
        nearest: () => [],
        pairwise: () => new Float32Array(),
      };
    },
  };
}

describe("the drag fit ranking", () => {
  // Clusters k1 (quotes a, b) and k2 (c, d); quote x shares nothing with either, so only the
  // latent directions give it a little similarity to everything (just below the minimum).
  const corpus = { ids: ["a", "b", "c", "d", "e", "x"], texts: ["a", "b", "c", "d", "e", "x"] };
  const groups = [
    { id: "k1", quoteIds: ["a", "b"] },
    { id: "k2", quoteIds: ["c", "d"] },
  ];
  const noise = MIN_FIT_SCORE * 0.9;
  const engine = createSuggestEngine(
    corpus,
    handSource({ "a|e": 0.3, "b|e": 0.2, "c|e": 0.05, "d|e": 0.01 }, noise),
  );

  it("names the clusters a quote fits, best first", () => {
    const fits = engine.fit("e", groups, 2);
    expect(fits.map((f) => f.id)).toEqual(["k1", "k2"]);
    expect(fits[0]?.score).toBeCloseTo(0.25);
    expect(fits[1]?.score).toBeCloseTo(0.03);
  });

  it("names no cluster for a quote that fits none at least MIN_FIT_SCORE", () => {
    expect(engine.fit("x", groups, 2)).toEqual([]);
  });
});
