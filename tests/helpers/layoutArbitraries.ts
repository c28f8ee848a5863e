import fc from "fast-check";
import type {
  Analysis,
  AnalysisEdge,
  AnalysisNode,
  Role,
} from "../../src/domain/analysis/analysis";
import { absolutePosition } from "../../src/domain/analysis/operations/nodes";
import { QUOTE_SIZE } from "../../src/domain/layout/boxSizes";
import { type PlacedBox, tooClose, topLevelBoxes } from "../../src/domain/layout/freeSpot";
import { cluster, factor, makeAnalysis, quoteCard } from "./analysisFactory";

const role = fc.constantFrom<Role | null>(null, null, "problem", "cause", "symptom");
const coordinate = fc.integer({ min: -3000, max: 3000 });

/**
 * Analyses as people make them, and worse: 1 to `maxClusters` clusters of 1 to 40 cards (some
 * folded, cards anywhere), factors and notes with or without a role, loose cards, and random
 * `causes` links between any nodes, cycles included; everything at random positions.
 */
export function arbitraryAnalysis(maxClusters = 300): fc.Arbitrary<Analysis> {
  return fc
    .record({
      clusters: fc.array(
        fc.record({
          cards: fc.integer({ min: 1, max: 40 }),
          role,
          collapsed: fc.boolean(),
          x: coordinate,
          y: coordinate,
        }),
        { minLength: 1, maxLength: maxClusters },
      ),
      factors: fc.array(fc.record({ role, x: coordinate, y: coordinate }), { maxLength: 20 }),
      notes: fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 8 }),
      loose: fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 10 }),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
    })
    .map(({ clusters, factors, notes, loose, links }) => {
      const nodes: AnalysisNode[] = [];
      clusters.forEach((c, i) => {
        nodes.push({
          ...cluster(`c${i}`, c.role),
          collapsed: c.collapsed,
          position: { x: c.x, y: c.y },
        });
        for (let j = 0; j < c.cards; j++) {
          const card = quoteCard(`c${i}q${j}`, `q${i}-${j}`, { clusterId: `c${i}` });
          nodes.push({ ...card, position: { x: ((j * 97) % 700) - 100, y: (j * 53) % 500 } });
        }
      });
      factors.forEach((f, i) => {
        nodes.push({ ...factor(`f${i}`, f.role), position: { x: f.x, y: f.y } });
      });
      notes.forEach((n, i) => {
        nodes.push({ kind: "note", id: `n${i}`, text: "noot", position: { x: n.x, y: n.y } });
      });
      loose.forEach((q, i) => {
        nodes.push({ ...quoteCard(`l${i}`, `loose-${i}`), position: { x: q.x, y: q.y } });
      });
      const edges: AnalysisEdge[] = links.map(([a, b], i) => ({
        id: `e${i}`,
        source: (nodes[a % nodes.length] as AnalysisNode).id,
        target: (nodes[b % nodes.length] as AnalysisNode).id,
        kind: "causes",
        label: "",
      }));
      return makeAnalysis(nodes, edges);
    });
}

/** Pairs of top-level boxes closer than `gap` (0: overlapping), as "a/b". */
export function crowdedPairs(boxes: readonly PlacedBox[], gap: number): string[] {
  const pairs: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as PlacedBox;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as PlacedBox;
      if (b.x >= a.x + a.width + gap) break;
      if (tooClose(a, b, gap)) pairs.push(`${a.id}/${b.id}`);
    }
  }
  return pairs;
}

/** Cards of open clusters that stick out of their cluster's box. */
export function cardsOutside(analysis: Analysis): string[] {
  const boxes = new Map(topLevelBoxes(analysis).map((b) => [b.id, b]));
  const out: string[] = [];
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.clusterId === null) continue;
    const parent = boxes.get(node.clusterId);
    const cluster = analysis.nodes.find((n) => n.id === node.clusterId);
    if (!parent || cluster?.kind !== "cluster" || cluster.collapsed) continue;
    const at = absolutePosition(analysis, node);
    const inside =
      at.x >= parent.x &&
      at.y >= parent.y &&
      at.x + QUOTE_SIZE.width <= parent.x + parent.width &&
      at.y + QUOTE_SIZE.height <= parent.y + parent.height;
    if (!inside) out.push(node.id);
  }
  return out;
}

/**
 * `causes` links between two top-level boxes that are not part of a cycle and do not point
 * upward (their source box entirely below their target box). Only links among `only` if given.
 */
export function linksNotUpward(analysis: Analysis, only?: ReadonlySet<string>): string[] {
  const boxes = new Map(topLevelBoxes(analysis).map((b) => [b.id, b]));
  const owner = (id: string) => {
    const node = analysis.nodes.find((n) => n.id === id);
    return node?.kind === "quote" && node.clusterId !== null && boxes.has(node.clusterId)
      ? node.clusterId
      : id;
  };
  const next = new Map<string, string[]>();
  const pairs: [string, string][] = [];
  for (const edge of analysis.edges) {
    if (edge.kind !== "causes") continue;
    const s = owner(edge.source);
    const t = owner(edge.target);
    if (s === t || (only && (!only.has(s) || !only.has(t)))) continue;
    next.set(s, [...(next.get(s) ?? []), t]);
    pairs.push([s, t]);
  }
  const reaches = (from: string, to: string) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const v = queue.pop() as string;
      if (v === to) return true;
      for (const w of next.get(v) ?? []) {
        if (seen.has(w)) continue;
        seen.add(w);
        queue.push(w);
      }
    }
    return false;
  };
  const wrong: string[] = [];
  for (const [s, t] of pairs) {
    if (reaches(t, s)) continue;
    const a = boxes.get(s) as PlacedBox;
    const b = boxes.get(t) as PlacedBox;
    if (!(a.y >= b.y + b.height)) wrong.push(`${s}→${t}`);
  }
  return wrong;
}
