import { describe, expect, it } from "vitest";
import { clusterMembers, medianPartition } from "./proposals";
import { blendedSource, type SimilarityIndex } from "./similarity";

/** An index of four texts whose similarity is given by a table (pairs not listed: 0). */
function tableIndex(pairs: Record<string, number>, variants?: SimilarityIndex[]): SimilarityIndex {
  const similarity = (a: number, b: number) => pairs[`${Math.min(a, b)}${Math.max(a, b)}`] ?? 0;
  return {
    size: 4,
    similarity,
    nearest: () => [],
    pairwise(members) {
      const out: number[] = [];
      for (let a = 0; a < members.length; a++)
        for (let b = a + 1; b < members.length; b++)
          out.push(similarity(members[a] as number, members[b] as number));
      return Float32Array.from(out);
    },
    ...(variants ? { variants: () => variants } : {}),
  };
}

const PAIRS_01_23 = tableIndex({ "01": 0.9, "23": 0.9 });
const PAIRS_02_13 = tableIndex({ "02": 0.9, "13": 0.9 });

describe("the partition the similarity's settings agree on", () => {
  it("takes the partition most of the others agree with", () => {
    const a = [
      [0, 1],
      [2, 3],
    ];
    const b = [
      [0, 2],
      [1, 3],
    ];
    expect(medianPartition([b, a, a], [0, 1, 2, 3])).toEqual(a);
    expect(medianPartition([a, b, b], [0, 1, 2, 3])).toEqual(b);
  });

  it("clusters under every variant and keeps the majority's groups, not the index's own", () => {
    const index = tableIndex({ "02": 0.9, "13": 0.9 }, [PAIRS_02_13, PAIRS_01_23, PAIRS_01_23]);
    expect(clusterMembers(index, [0, 1, 2, 3], 2)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(clusterMembers(PAIRS_02_13, [0, 1, 2, 3], 2)).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it("gives the blended source twelve settings: three dimension counts × four weights", () => {
    const texts = ["aangifte politie", "politie aangifte doen", "school leerling", "leerling les"];
    const variants = blendedSource().index(texts).variants?.() ?? [];
    expect(variants).toHaveLength(12);
    const pairs = variants.map((v) => v.similarity(0, 1).toFixed(6));
    expect(new Set(pairs).size).toBeGreaterThan(1);
  });
});
