import { pairSlot } from "./similarity";

/** One step of agglomerative clustering: the clusters holding leaves `a` and `b` join at `height`. */
export interface Merge {
  a: number;
  b: number;
  height: number;
}

/**
 * Agglomerative clustering with average linkage (UPGMA) of `n` items, given their distances as
 * a condensed upper triangle (see `pairSlot`; the array is overwritten). Uses the
 * nearest-neighbour chain, O(n²) time and no memory beyond the triangle, and returns the merges
 * lowest first. Ties go to the lower index, so the same input always gives the same tree.
 * `onProgress` hears the share of merges done now and then.
 */
export function averageLinkage(
  n: number,
  distances: Float32Array,
  onProgress?: (done: number) => void,
): Merge[] {
  const sizes = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const d = (i: number, j: number) =>
    distances[i < j ? pairSlot(i, j, n) : pairSlot(j, i, n)] as number;
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  let nextStart = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (active[nextStart] === 0) nextStart++;
      chain.push(nextStart);
    }
    const a = chain[chain.length - 1] as number;
    const previous = chain.length > 1 ? (chain[chain.length - 2] as number) : -1;
    // The nearest active neighbour of a; the previous link of the chain wins a tie, so the
    // chain always ends in a pair of mutual nearest neighbours.
    let best = previous;
    let bestDistance = previous >= 0 ? d(a, previous) : Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (j === a || active[j] === 0) continue;
      const dj = d(a, j);
      if (dj < bestDistance) {
        best = j;
        bestDistance = dj;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    const keep = Math.min(a, best);
    const drop = Math.max(a, best);
    merges.push({ a: keep, b: drop, height: bestDistance });
    const sk = sizes[keep] as number;
    const sd = sizes[drop] as number;
    for (let k = 0; k < n; k++) {
      if (active[k] === 0 || k === keep || k === drop) continue;
      const slot = keep < k ? pairSlot(keep, k, n) : pairSlot(k, keep, n);
      distances[slot] = (sk * (distances[slot] as number) + sd * d(drop, k)) / (sk + sd);
    }
    sizes[keep] = sk + sd;
    active[drop] = 0;
    remaining--;
    if (onProgress && remaining % 64 === 0) onProgress(1 - remaining / n);
  }
  // Stable: merges at the same height keep the order they were found in.
  return merges
    .map((merge, order) => ({ merge, order }))
    .sort((x, y) => x.merge.height - y.merge.height || x.order - y.order)
    .map((x) => x.merge);
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[i] !== root) {
    const next = parent[i] as number;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * The partition into `k` clusters (1 ≤ k ≤ n) after the lowest n − k merges: a cluster number
 * per item, numbered in the order of each cluster's first item.
 */
export function cutTree(merges: readonly Merge[], n: number, k: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const steps = Math.max(0, Math.min(merges.length, n - k));
  for (let s = 0; s < steps; s++) {
    const merge = merges[s] as Merge;
    const ra = find(parent, merge.a);
    const rb = find(parent, merge.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const labels = new Int32Array(n);
  const numbers = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(parent, i);
    let label = numbers.get(root);
    if (label === undefined) {
      label = numbers.size;
      numbers.set(root, label);
    }
    labels[i] = label;
  }
  return labels;
}

/**
 * How many of the lowest merges leave `k` groups of two or more items (the level where the
 * k-th real group would be lost by the next merge); items still alone then fit no group.
 * Cutting at k clusters instead would let outliers, each a cluster of its own, take the places
 * of real groups. With fewer than k real groups at every level: the first level with the most.
 */
export function mergesForGroups(merges: readonly Merge[], n: number, k: number): number {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  let groups = 0;
  let enough = -1;
  let most = 0;
  let mostAt = 0;
  merges.forEach((merge, s) => {
    const ra = find(parent, merge.a);
    const rb = find(parent, merge.b);
    if (ra === rb) return;
    const sa = size[ra] as number;
    const sb = size[rb] as number;
    if (sa === 1 && sb === 1) groups++;
    else if (sa > 1 && sb > 1) groups--;
    const root = Math.min(ra, rb);
    parent[Math.max(ra, rb)] = root;
    size[root] = sa + sb;
    if (groups >= k) enough = s + 1;
    if (groups > most) {
      most = groups;
      mostAt = s + 1;
    }
  });
  return enough >= 0 ? enough : mostAt;
}
