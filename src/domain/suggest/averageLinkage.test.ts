import fc from "fast-check";
import { agnes, type Cluster } from "ml-hclust";
import { describe, expect, it } from "vitest";
import { averageLinkage, cutTree, mergesForGroups } from "./averageLinkage";
import { pairSlot } from "./similarity";

function condensed(points: readonly number[][]): Float32Array {
  const n = points.length;
  const out = new Float32Array((n * (n - 1)) / 2);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      out[pairSlot(a, b, n)] = Math.hypot(
        ...(points[a] as number[]).map((v, i) => v - ((points[b] as number[])[i] as number)),
      );
  return out;
}

/** A partition as a canonical string: groups of indices, sorted. */
function canonical(labels: ArrayLike<number>): string {
  const groups = new Map<number, number[]>();
  Array.from(labels).forEach((label, i) => {
    groups.set(label, [...(groups.get(label) ?? []), i]);
  });
  return JSON.stringify([...groups.values()].sort((x, y) => (x[0] as number) - (y[0] as number)));
}

function referencePartition(points: readonly number[][], k: number): string {
  const tree = agnes(points as number[][], { method: "average" });
  const labels = new Array<number>(points.length).fill(-1);
  (tree.group(k).children as Cluster[]).forEach((child, label) => {
    child.traverse((node) => {
      if (node.isLeaf) labels[node.index] = label;
    });
  });
  return canonical(labels);
}

describe("average linkage by nearest-neighbour chain", () => {
  it("joins the obvious groups of points on a line", () => {
    const points = [[0], [1], [2], [10], [11], [30]];
    const merges = averageLinkage(points.length, condensed(points));
    // {0,1,2} joins {10,11} at the mean of its six distances, {30} last: (30+29+28+20+19)/5.
    const heights = [1, 1, 1.5, 9.5, 25.2];
    for (const [i, m] of merges.entries()) expect(m.height).toBeCloseTo(heights[i] as number, 5);
    expect(canonical(cutTree(merges, points.length, 3))).toBe(
      JSON.stringify([[0, 1, 2], [3, 4], [5]]),
    );
    expect(Array.from(cutTree(merges, points.length, 1))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(cutTree(merges, points.length, 6))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("cuts the same partitions as ml-hclust's agnes (average) for every k", () => {
    // Integer coordinates spread wide: distinct distances, so both must take the same path.
    const point = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 2, maxLength: 14, selector: (p) => p.join(",") }),
        (points) => {
          const merges = averageLinkage(points.length, condensed(points));
          for (let k = 1; k <= points.length; k++)
            expect(canonical(cutTree(merges, points.length, k))).toBe(
              referencePartition(points, k),
            );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("numbers clusters by their first item and reports merges lowest first", () => {
    const points = [[50], [0], [51], [1]];
    const merges = averageLinkage(points.length, condensed(points));
    expect(merges.map((m) => m.height)).toEqual([1, 1, 50]);
    expect(Array.from(cutTree(merges, 4, 2))).toEqual([0, 1, 0, 1]);
  });
});

describe("cutting for k real groups", () => {
  it("cuts below an outlier so that k groups of two or more remain", () => {
    // Two pairs and one far point: two clusters would be {pairs} and {outlier}.
    const points = [[0], [1], [10], [11], [100]];
    const merges = averageLinkage(points.length, condensed(points));
    expect(canonical(cutTree(merges, 5, 2))).toBe(JSON.stringify([[0, 1, 2, 3], [4]]));
    const steps = mergesForGroups(merges, 5, 2);
    expect(canonical(cutTree(merges, 5, 5 - steps))).toBe(JSON.stringify([[0, 1], [2, 3], [4]]));
  });

  it("takes the level with the most groups when k are never there", () => {
    const points = [[0], [1], [50]];
    const merges = averageLinkage(points.length, condensed(points));
    const steps = mergesForGroups(merges, 3, 2);
    expect(canonical(cutTree(merges, 3, 3 - steps))).toBe(JSON.stringify([[0, 1], [2]]));
  });
});
