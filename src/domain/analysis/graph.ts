import type { Quote } from "../corpus/quote";
import type { Analysis, AnalysisEdge, AnalysisNode, QuoteNode } from "./analysis";
import { reachableFrom } from "./reachable";

export interface Evidence {
  /** Corpus quote ids, each counted once however often it is placed. */
  quoteIds: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  chapters: ReadonlySet<number>;
}

export interface NodeEvidence {
  own: Evidence;
  /** Own evidence plus that of every node that `causes` this one, directly or further down. */
  rolledUp: Evidence;
}

function quoteNodesById(analysis: Analysis): Map<string, QuoteNode> {
  const map = new Map<string, QuoteNode>();
  for (const node of analysis.nodes) if (node.kind === "quote") map.set(node.id, node);
  return map;
}

function evidenceFrom(quotes: Iterable<QuoteNode>): Evidence {
  const quoteIds = new Set<string>();
  const sections = new Set<string>();
  const chapters = new Set<number>();
  for (const q of quotes) {
    quoteIds.add(q.quoteId);
    sections.add(`${q.snapshot.chapter}|${q.snapshot.section}`);
    chapters.add(q.snapshot.chapter);
  }
  return { quoteIds, sections, chapters };
}

/** The quote cards that support a node: itself, the cards in a cluster, and cards linked to it. */
export function supportingQuoteNodes(analysis: Analysis, nodeId: string): QuoteNode[] {
  const quotes = quoteNodesById(analysis);
  const result = new Map<string, QuoteNode>();
  const self = quotes.get(nodeId);
  if (self) result.set(self.id, self);
  for (const q of quotes.values()) if (q.clusterId === nodeId) result.set(q.id, q);
  for (const edge of analysis.edges) {
    const other =
      edge.source === nodeId ? edge.target : edge.target === nodeId ? edge.source : null;
    const linked = other === null ? undefined : quotes.get(other);
    if (linked) result.set(linked.id, linked);
  }
  return [...result.values()];
}

/** For each node, the nodes that `cause` it directly. */
export function causesByTarget(edges: readonly AnalysisEdge[]): Map<string, string[]> {
  const causesOf = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== "causes") continue;
    const list = causesOf.get(e.target) ?? [];
    list.push(e.source);
    causesOf.set(e.target, list);
  }
  return causesOf;
}

/** The causes of `nodeId` at any depth, never the node itself (even on a cycle). */
function walkUp(causesOf: ReadonlyMap<string, string[]>, nodeId: string): Set<string> {
  const upstream = reachableFrom(causesOf, nodeId);
  upstream.delete(nodeId);
  return upstream;
}

/** Nodes that lead to `nodeId` through `causes` links (its causes), at any depth, cycle-safe. */
export function upstreamOf(edges: readonly AnalysisEdge[], nodeId: string): Set<string> {
  return walkUp(causesByTarget(edges), nodeId);
}

export function evidenceOf(analysis: Analysis, nodeId: string): NodeEvidence {
  const own = supportingQuoteNodes(analysis, nodeId);
  const all = [...own];
  for (const id of upstreamOf(analysis.edges, nodeId))
    all.push(...supportingQuoteNodes(analysis, id));
  return { own: evidenceFrom(own), rolledUp: evidenceFrom(all) };
}

/**
 * Groups of nodes that lead to each other through `causes` links (each group is a cycle),
 * found as strongly connected components (Tarjan); a self-link is a cycle of one.
 */
export function causalCycles(analysis: Analysis): string[][] {
  const next = new Map<string, string[]>();
  const selfLoops = new Set<string>();
  for (const e of analysis.edges) {
    if (e.kind !== "causes") continue;
    if (e.source === e.target) selfLoops.add(e.source);
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || selfLoops.has(v)) cycles.push(component.reverse());
    }
  };
  for (const node of analysis.nodes) if (!index.has(node.id)) visit(node.id);
  return cycles;
}

/**
 * Nodes not connected to anything: no link touches them or (for a cluster) its cards, and a
 * quote card is not inside a cluster. Notes are commentary and never count as orphans.
 */
export function orphanNodes(analysis: Analysis): AnalysisNode[] {
  const linked = new Set<string>();
  for (const e of analysis.edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  const clusterLinked = new Set<string>();
  for (const node of analysis.nodes) {
    if (node.kind === "quote" && node.clusterId && linked.has(node.id))
      clusterLinked.add(node.clusterId);
  }
  return analysis.nodes.filter((node) => {
    if (node.kind === "note" || linked.has(node.id)) return false;
    if (node.kind === "quote") return node.clusterId === null;
    if (node.kind === "cluster") return !clusterLinked.has(node.id);
    return true;
  });
}

export function clustersWithoutRole(analysis: Analysis): AnalysisNode[] {
  return analysis.nodes.filter((n) => n.kind === "cluster" && n.role === null);
}

export function hasProblemNode(analysis: Analysis): boolean {
  return analysis.nodes.some(
    (n) => (n.kind === "cluster" || n.kind === "factor") && n.role === "problem",
  );
}

/** The corpus quote ids that have a card on the canvas. */
export function quoteIdsOnCanvas(nodes: readonly AnalysisNode[]): Set<string> {
  const ids = new Set<string>();
  for (const n of nodes) if (n.kind === "quote") ids.add(n.quoteId);
  return ids;
}

/**
 * The corpus quote ids marked as covered whose covering quote has a card on the canvas (and
 * that have none of their own): they count as covered. A mark whose covering card is gone
 * counts no more until that quote is placed again.
 */
export function coveredQuoteIds(
  coveredQuotes: Readonly<Record<string, string>>,
  onCanvas: ReadonlySet<string>,
): Set<string> {
  const ids = new Set<string>();
  for (const [quoteId, by] of Object.entries(coveredQuotes))
    if (onCanvas.has(by) && !onCanvas.has(quoteId)) ids.add(quoteId);
  return ids;
}

export interface SectionCoverage {
  chapter: number;
  section: string;
  placed: number;
  total: number;
}

export interface Coverage {
  /** On the canvas or covered by a near-identical quote on it (`covered` of them). */
  placedQuoteIds: ReadonlySet<string>;
  placed: number;
  covered: number;
  total: number;
  bySection: SectionCoverage[];
  byChapter: { chapter: number; placed: number; total: number }[];
}

/**
 * How much of the corpus is on the canvas, overall, per chapter and per section; a quote marked
 * as covered by a near-identical one on the canvas counts as on it.
 */
export function coverageOf(analysis: Analysis, corpus: readonly Quote[]): Coverage {
  const onCanvas = quoteIdsOnCanvas(analysis.nodes);
  const covered = coveredQuoteIds(analysis.coveredQuotes, onCanvas);
  let coveredCount = 0;
  const placedQuoteIds = new Set<string>();
  const sections = new Map<string, SectionCoverage>();
  const chapters = new Map<number, { chapter: number; placed: number; total: number }>();
  for (const quote of corpus) {
    const key = `${quote.chapter}|${quote.section}`;
    const section = sections.get(key) ?? {
      chapter: quote.chapter,
      section: quote.section,
      placed: 0,
      total: 0,
    };
    const chapter = chapters.get(quote.chapter) ?? { chapter: quote.chapter, placed: 0, total: 0 };
    section.total++;
    chapter.total++;
    if (onCanvas.has(quote.id) || covered.has(quote.id)) {
      if (!onCanvas.has(quote.id)) coveredCount++;
      placedQuoteIds.add(quote.id);
      section.placed++;
      chapter.placed++;
    }
    sections.set(key, section);
    chapters.set(quote.chapter, chapter);
  }
  return {
    placedQuoteIds,
    placed: placedQuoteIds.size,
    covered: coveredCount,
    total: corpus.length,
    bySection: [...sections.values()],
    byChapter: [...chapters.values()].sort((a, b) => a.chapter - b.chapter),
  };
}

export interface EvidenceCount {
  own: number;
  rolledUp: number;
}

/**
 * Whether two versions of an analysis have the same evidence counts for certain: the same
 * links, and the same cards (id, quote, cluster) in the same order. Moving or relabelling
 * nodes, the usual edit, keeps them; checking is far cheaper than counting again.
 */
export function sameEvidenceInputs(before: Analysis, after: Analysis): boolean {
  if (before.edges !== after.edges || before.nodes.length !== after.nodes.length) return false;
  return before.nodes.every((a, i) => {
    const b = after.nodes[i] as AnalysisNode;
    if (a === b) return true;
    if (a.id !== b.id || a.kind !== b.kind) return false;
    return (
      a.kind !== "quote" ||
      (b.kind === "quote" && a.quoteId === b.quoteId && a.clusterId === b.clusterId)
    );
  });
}

/**
 * Evidence counts (distinct corpus quotes) for every cluster and factor at once, for the
 * badges on the canvas: linear in the graph for own counts, one upward walk per roled node.
 */
export function evidenceCounts(analysis: Analysis): Map<string, EvidenceCount> {
  const quotes = quoteNodesById(analysis);
  // The quotes each node holds itself (its own, its cards', those of cards linked to it), as
  // lists: a set per node costs more than the whole count when a board opens.
  const held = new Map<string, string[]>();
  const hold = (nodeId: string, quoteId: string) => {
    const list = held.get(nodeId);
    if (list) list.push(quoteId);
    else held.set(nodeId, [quoteId]);
  };
  for (const q of quotes.values()) {
    hold(q.id, q.quoteId);
    if (q.clusterId) hold(q.clusterId, q.quoteId);
  }
  for (const e of analysis.edges) {
    const s = quotes.get(e.source);
    const t = quotes.get(e.target);
    if (s) hold(e.target, s.quoteId);
    if (t) hold(e.source, t.quoteId);
  }
  const counts = new Map<string, EvidenceCount>();
  const causesOf = causesByTarget(analysis.edges);
  for (const node of analysis.nodes) {
    if (node.kind !== "cluster" && node.kind !== "factor") continue;
    const own = new Set(held.get(node.id));
    const rolled = new Set(own);
    for (const id of walkUp(causesOf, node.id)) {
      for (const quoteId of held.get(id) ?? []) rolled.add(quoteId);
    }
    counts.set(node.id, { own: own.size, rolledUp: rolled.size });
  }
  return counts;
}
