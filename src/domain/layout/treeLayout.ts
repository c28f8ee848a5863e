import {
  consistentRoleBands,
  type LayoutBox,
  type LayoutPositions,
  type LayoutRequest,
} from "../analysis/layoutGraph";

/** Space between boxes side by side, and between the tree and the parked boxes. */
export const TREE_GAP = 40;
/** Space between the ranks of the tree, room for the arrows. */
export const RANK_GAP = 80;
/** How wide a rank may grow before it continues on another row (still within its rank). */
const MIN_ROW_WIDTH = 1600;

/**
 * Lays out a request as a problem tree, purely and deterministically, from the boxes' true
 * sizes. Ranks: the core problem's band in the middle, causes below by their distance to it,
 * effects above; every `causes` link outside a cycle goes from a lower rank to a higher one,
 * and ranks never share a stretch of height, so such a link always points upward. The boxes of
 * a cycle share a rank. Within a rank boxes keep `TREE_GAP` apart (ordered to follow their
 * links); a very wide rank wraps onto more rows inside its own stretch. Boxes with no role and
 * no `causes` link are parked in rows to the right of the tree. Overlap cannot happen: rows
 * are disjoint in height, boxes in a row disjoint in width, the parking area right of all.
 */
export function treeLayout(request: LayoutRequest): LayoutPositions {
  const { boxes } = request;
  const index = new Map(boxes.map((b, i) => [b.id, i]));
  const n = boxes.length;
  const succ: number[][] = boxes.map(() => []);
  for (const link of request.links) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    if (s !== undefined && t !== undefined && s !== t) succ[s]?.push(t);
  }
  const comp = components(n, succ);
  const compCount = Math.max(-1, ...comp) + 1;
  const members: number[][] = Array.from({ length: compCount }, () => []);
  comp.forEach((c, v) => {
    members[c]?.push(v);
  });
  const cSucc: Set<number>[] = Array.from({ length: compCount }, () => new Set());
  const cPred: Set<number>[] = Array.from({ length: compCount }, () => new Set());
  succ.forEach((targets, v) => {
    for (const t of targets) {
      const a = comp[v] as number;
      const b = comp[t] as number;
      if (a === b) continue;
      cSucc[a]?.add(b);
      cPred[b]?.add(a);
    }
  });

  const roleBands = consistentRoleBands(request);
  const linked = new Set(request.links.flatMap((l) => [l.source, l.target]));
  const band: (number | undefined)[] = members.map((vs) => {
    for (const v of vs) {
      const b = roleBands.get((boxes[v] as LayoutBox).id);
      if (b !== undefined) return b;
    }
    return undefined;
  });
  const inTree = members.map(
    (vs, c) => band[c] !== undefined || vs.some((v) => linked.has((boxes[v] as LayoutBox).id)),
  );

  const order = topologicalOrder(compCount, cSucc, cPred, members);
  // The band an unroled box of the tree takes, from the roles around it.
  const lo: number[] = new Array(compCount).fill(-1);
  const hi: number[] = new Array(compCount).fill(3);
  for (const c of order)
    for (const p of cPred[c] ?? [])
      lo[c] = Math.max(lo[c] as number, band[p] ?? -1, lo[p] as number);
  for (const c of [...order].reverse())
    for (const s of cSucc[c] ?? [])
      hi[c] = Math.min(hi[c] as number, band[s] ?? 3, hi[s] as number);
  const fixed = band.map((b) => b !== undefined);
  for (const c of order) {
    if (!inTree[c] || fixed[c]) continue;
    const l = lo[c] as number;
    const h = hi[c] as number;
    let b = l === 1 ? Math.min(2, h) : l >= 0 ? l : h === 2 ? 2 : 0;
    for (const p of cPred[c] ?? []) b = Math.max(b, band[p] ?? 0);
    band[c] = b;
  }

  // Ranks inside each band: causes by their distance up to the band's top, the others by
  // their distance from the band's bottom.
  const level: number[] = new Array(compCount).fill(0);
  for (const c of order) {
    if (!inTree[c] || band[c] === 0) continue;
    for (const p of cPred[c] ?? [])
      if (band[p] === band[c]) level[c] = Math.max(level[c] as number, (level[p] as number) + 1);
  }
  for (const c of [...order].reverse()) {
    if (!inTree[c] || band[c] !== 0) continue;
    for (const s of cSucc[c] ?? [])
      if (band[s] === 0) level[c] = Math.max(level[c] as number, (level[s] as number) + 1);
  }
  let middleHeight = 0;
  for (let c = 0; c < compCount; c++)
    if (inTree[c] && band[c] === 1) middleHeight = Math.max(middleHeight, (level[c] as number) + 1);
  const rank = (c: number) =>
    band[c] === 0
      ? -1 - (level[c] as number)
      : band[c] === 1
        ? (level[c] as number)
        : middleHeight + (level[c] as number);

  const ranks = new Map<number, number[]>();
  for (const c of order) {
    if (!inTree[c]) continue;
    const r = rank(c);
    ranks.set(r, [...(ranks.get(r) ?? []), c]);
  }
  const rankKeys = [...ranks.keys()].sort((a, b) => b - a);
  // Start in input order (left to right as drawn), then follow the links: a few sweeps that
  // sort each rank by the mean place of its neighbours in ranks already sorted.
  const firstIndex = members.map((vs) => Math.min(...vs));
  for (const key of rankKeys)
    ranks.get(key)?.sort((a, b) => (firstIndex[a] as number) - (firstIndex[b] as number));
  const place = new Map<number, number>();
  const setPlaces = (key: number) => {
    const list = ranks.get(key) ?? [];
    list.forEach((c, i) => {
      place.set(c, (i + 0.5) / list.length);
    });
  };
  for (const key of rankKeys) setPlaces(key);
  const neighbours = (c: number) => [...(cSucc[c] ?? []), ...(cPred[c] ?? [])];
  for (let sweep = 0; sweep < 4; sweep++) {
    const keys = sweep % 2 === 0 ? rankKeys : [...rankKeys].reverse();
    const done = new Set<number>();
    for (const key of keys) {
      const list = ranks.get(key) ?? [];
      const weight = new Map<number, number>();
      for (const c of list) {
        const around = neighbours(c).filter(
          (o) => done.has(rank(o)) || rank(o) === key - 1 || rank(o) === key + 1,
        );
        weight.set(
          c,
          around.length === 0
            ? (place.get(c) as number)
            : around.reduce((sum, o) => sum + (place.get(o) as number), 0) / around.length,
        );
      }
      list.sort(
        (a, b) =>
          (weight.get(a) as number) - (weight.get(b) as number) ||
          (place.get(a) as number) - (place.get(b) as number) ||
          a - b,
      );
      setPlaces(key);
      done.add(key);
    }
  }

  // Rows: each rank's boxes (a cycle's members side by side), wrapped at the row width.
  const treeArea = boxes.reduce(
    (sum, b, v) =>
      inTree[comp[v] as number] ? sum + (b.width + TREE_GAP) * (b.height + TREE_GAP) : sum,
    0,
  );
  const widest = boxes.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(MIN_ROW_WIDTH, widest, Math.sqrt(treeArea) * 1.6);
  const positions: LayoutPositions = {};
  let y = 0;
  let treeRight = 0;
  let treeLeft = 0;
  let first = true;
  for (const key of rankKeys) {
    if (!first) y += RANK_GAP - TREE_GAP;
    first = false;
    const rows: LayoutBox[][] = [[]];
    let width = 0;
    for (const c of ranks.get(key) ?? []) {
      for (const v of members[c] ?? []) {
        const box = boxes[v] as LayoutBox;
        const row = rows[rows.length - 1] as LayoutBox[];
        if (row.length > 0 && width + box.width > rowWidth) {
          rows.push([box]);
          width = box.width + TREE_GAP;
        } else {
          row.push(box);
          width += box.width + TREE_GAP;
        }
      }
    }
    for (const row of rows) {
      const total = row.reduce((sum, b) => sum + b.width, 0) + TREE_GAP * (row.length - 1);
      const height = row.reduce((max, b) => Math.max(max, b.height), 0);
      // Centred on the tree's axis, whole pixels.
      let x = -Math.floor(total / 2);
      treeLeft = Math.min(treeLeft, x);
      for (const box of row) {
        positions[box.id] = { x, y: y + Math.floor((height - box.height) / 2) };
        x += box.width + TREE_GAP;
      }
      treeRight = Math.max(treeRight, x - TREE_GAP);
      y += height + TREE_GAP;
    }
  }

  const parked = boxes.filter((_, v) => !inTree[comp[v] as number]);
  const parkedLeft = Object.keys(positions).length > 0 ? treeRight + 2 * TREE_GAP : 0;
  for (const [id, p] of Object.entries(packInRows(parked, TREE_GAP)))
    positions[id] = { x: parkedLeft + p.x, y: p.y };
  return positions;
}

/** Strongly connected components (iterative Tarjan): the component number of each vertex. */
function components(n: number, succ: readonly number[][]): number[] {
  const comp: number[] = new Array(n).fill(-1);
  const low: number[] = new Array(n).fill(0);
  const num: number[] = new Array(n).fill(-1);
  const onStack: boolean[] = new Array(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (num[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    num[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1] as [number, number];
      const [v, i] = top;
      const next = succ[v] ?? [];
      if (i < next.length) {
        top[1] = i + 1;
        const w = next[i] as number;
        if (num[w] === -1) {
          num[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, num[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === num[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return comp;
}

/** Kahn's order of the component graph; ties go to the component drawn furthest left. */
function topologicalOrder(
  count: number,
  cSucc: readonly Set<number>[],
  cPred: readonly Set<number>[],
  members: readonly number[][],
): number[] {
  const first = members.map((vs) => Math.min(...vs));
  const waiting = cPred.map((p) => p.size);
  let ready = [...Array(count).keys()].filter((c) => waiting[c] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (first[a] as number) - (first[b] as number));
    const next: number[] = [];
    for (const c of ready) {
      order.push(c);
      for (const s of cSucc[c] ?? []) {
        waiting[s] = (waiting[s] as number) - 1;
        if (waiting[s] === 0) next.push(s);
      }
    }
    ready = next;
  }
  return order;
}

/**
 * Boxes in rows, in the given order, wrapping at about the width of a square of their total
 * area so that many parked boxes make a block rather than a line.
 */
export function packInRows(boxes: readonly LayoutBox[], gap: number): LayoutPositions {
  const area = boxes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const widest = boxes.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area));
  const positions: LayoutPositions = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    positions[box.id] = { x, y };
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return positions;
}
