import fc from "fast-check";
import { agnes, type Cluster } from "ml-hclust";
import { describe, expect, it } from "vitest";
import { averageLinkage, cutTree, sizeCap, splitForGroups } from "./averageLinkage";
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

/** Whether every pair of points lies at its own distance (squared, exact in integers). */
function distinctDistances(points: readonly number[][]): boolean {
  const seen = new Set<number>();
  for (let a = 0; a < points.length; a++)
    for (let b = a + 1; b < points.length; b++) {
      const [ax = 0, ay = 0] = points[a] as number[];
      const [bx = 0, by = 0] = points[b] as number[];
      const squared = (ax - bx) ** 2 + (ay - by) ** 2;
      if (seen.has(squared)) return false;
      seen.add(squared);
    }
  return true;
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
    // Integer coordinates spread wide, and only boards whose distances all differ: with a tie
    // (two pairs 109 apart one way and 51 the other, say) either merge is right, and the two
    // may take different ones. Without ties both must take the same path.
    const point = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 2, maxLength: 14, selector: (p) => p.join(",") }),
        (points) => {
          fc.pre(distinctDistances(points));
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

describe("splitting the tree for k groups", () => {
  it("splits an outlier off first and keeps k groups of two or more", () => {
    // Two pairs and one far point: the outlier goes alone, the pairs are the two groups.
    const points = [[0], [1], [10], [11], [100]];
    const merges = averageLinkage(points.length, condensed(points));
    expect(splitForGroups(merges, 5, 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("takes the state with the most groups when k are never there", () => {
    const points = [[0], [1], [50]];
    const merges = averageLinkage(points.length, condensed(points));
    expect(splitForGroups(merges, 3, 2)).toEqual([[0, 1], [2]]);
  });

  it("splits the largest group, not the loosest small one", () => {
    // Eight close points and a loose pair: a cut at the highest merges would split the pair
    // first; three groups split the eight instead.
    const points = [[0], [1], [2], [3], [5], [6], [7], [8], [40], [60]];
    const merges = averageLinkage(points.length, condensed(points));
    expect(splitForGroups(merges, 10, 3)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  it("re-cuts a group larger than the cap where a cut at one height keeps it whole", () => {
    // 32 points close together and four far pairs: asking for 4 groups, a height cut keeps
    // the 32 together (beside three pairs); the cap (3 × 40 / 4 = 30) splits it.
    const dense = Array.from({ length: 32 }, (_, i) => [i]);
    const pairs = [1000, 2000, 3000, 4000].flatMap((x) => [[x], [x + 1]]);
    const points = [...dense, ...pairs];
    const merges = averageLinkage(points.length, condensed(points));
    const byHeight = new Map<number, number>();
    for (const label of cutTree(merges, points.length, 5))
      byHeight.set(label, (byHeight.get(label) ?? 0) + 1);
    expect(Math.max(...byHeight.values())).toBe(32);
    const groups = splitForGroups(merges, points.length, 4);
    expect(sizeCap(points.length, 4)).toBe(30);
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(30);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
  });

  it("never leaves a group over the cap once k groups are there, and loses no item", () => {
    const point = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { minLength: 2, maxLength: 30, selector: (p) => p.join(",") }),
        fc.integer({ min: 1, max: 8 }),
        (points, k) => {
          const groups = splitForGroups(
            averageLinkage(points.length, condensed(points)),
            points.length,
            k,
          );
          expect(groups.flat().sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
          const real = groups.filter((g) => g.length >= 2).length;
          const largest = Math.max(...groups.map((g) => g.length));
          expect(real < k || largest <= sizeCap(points.length, k)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
