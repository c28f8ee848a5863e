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

/** How much larger than the mean size (items / k) a proposed group may be. */
export const SIZE_CAP_FACTOR = 3;

/** The largest group `splitForGroups` leaves for `n` items in about `k` groups. */
export function sizeCap(n: number, k: number): number {
  return Math.max(2, Math.ceil((SIZE_CAP_FACTOR * n) / Math.max(1, k)));
}

interface TreeNode {
  size: number;
  height: number;
  /** Child node ids (leaves are 0..n-1, merges n, n+1, …); none for a leaf. */
  children: [number, number] | null;
}

function buildTree(merges: readonly Merge[], n: number): { nodes: TreeNode[]; roots: number[] } {
  const nodes: TreeNode[] = Array.from({ length: n }, () => ({
    size: 1,
    height: 0,
    children: null,
  }));
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const nodeOf = Int32Array.from({ length: n }, (_, i) => i);
  for (const merge of merges) {
    const ra = find(parent, merge.a);
    const rb = find(parent, merge.b);
    if (ra === rb) continue;
    const a = nodeOf[ra] as number;
    const b = nodeOf[rb] as number;
    const root = Math.min(ra, rb);
    parent[Math.max(ra, rb)] = root;
    nodeOf[root] = nodes.length;
    nodes.push({
      size: (nodes[a] as TreeNode).size + (nodes[b] as TreeNode).size,
      height: merge.height,
      children: [a, b],
    });
  }
  const roots = new Set<number>();
  for (let i = 0; i < n; i++) roots.add(nodeOf[find(parent, i)] as number);
  return { nodes, roots: [...roots] };
}

/**
 * Groups of the `n` items from the tree, split top-down, the largest group first (the looser
 * one of equal size), until there are `k` groups of two or more and none is larger than
 * `sizeCap(n, k)`. Cutting the tree at one height instead leaves, on short texts, one group
 * that swallowed half the items beside many crumbs; splitting the largest keeps proposals of
 * a size an analyst can read, and an outlier split off on its way stays alone (fits no group).
 * When k groups of two or more are never there, the last state with the most is taken.
 * Groups come back as sorted item lists, ordered by their first item.
 */
export function splitForGroups(merges: readonly Merge[], n: number, k: number): number[][] {
  if (n === 0) return [];
  const { nodes, roots } = buildTree(merges, n);
  const cap = sizeCap(n, k);
  const open = [...roots];
  const node = (id: number) => nodes[id] as TreeNode;
  let groups = open.filter((id) => node(id).size >= 2).length;
  let most = { groups, open: [...open] };
  for (;;) {
    let largest = -1;
    for (const id of open) {
      if (node(id).children === null) continue;
      if (
        largest < 0 ||
        node(id).size > node(largest).size ||
        (node(id).size === node(largest).size && node(id).height > node(largest).height)
      )
        largest = id;
    }
    if (largest < 0 || (groups >= k && node(largest).size <= cap)) break;
    const children = node(largest).children as [number, number];
    open.splice(open.indexOf(largest), 1, ...children);
    groups += children.filter((id) => node(id).size >= 2).length - 1;
    if (groups >= most.groups) most = { groups, open: [...open] };
  }
  const chosen = groups >= k ? open : most.open;
  const leaves = (id: number): number[] => {
    const children = node(id).children;
    return children ? [...leaves(children[0]), ...leaves(children[1])] : [id];
  };
  return chosen
    .map((id) => leaves(id).sort((a, b) => a - b))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
}
