import { z } from "zod";
import {
  type Analysis,
  type AnalysisEdge,
  type AnalysisNode,
  analysisEdgeSchema,
  analysisNodeSchema,
} from "../analysis";
import type { IdSource } from "../ids";

/** A copied part of an analysis: nodes (clusters with their cards) and the links among them. */
export interface Fragment {
  nodes: AnalysisNode[];
  edges: AnalysisEdge[];
}

export const fragmentSchema = z.strictObject({
  nodes: z.array(analysisNodeSchema).max(50_000),
  edges: z.array(analysisEdgeSchema).max(50_000),
});

/** Reads a copied fragment back; anything that is not one (other apps, old data) gives null. */
export function parseFragment(text: string | null): Fragment | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const result = fragmentSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** What copying `nodeIds` takes: those nodes, the cards of copied clusters, links among them. */
export function copyFragment(analysis: Analysis, nodeIds: readonly string[]): Fragment {
  const chosen = new Set(nodeIds);
  for (const node of analysis.nodes) {
    if (node.kind === "quote" && node.clusterId !== null && chosen.has(node.clusterId))
      chosen.add(node.id);
  }
  const nodes = analysis.nodes
    .filter((n) => chosen.has(n.id))
    // A card copied without its cluster lands on the canvas where it was.
    .map((n): AnalysisNode => {
      if (n.kind !== "quote" || n.clusterId === null || chosen.has(n.clusterId)) return n;
      const parent = analysis.nodes.find((p) => p.id === n.clusterId);
      const origin = parent ? parent.position : { x: 0, y: 0 };
      return {
        ...n,
        clusterId: null,
        position: { x: origin.x + n.position.x, y: origin.y + n.position.y },
      };
    });
  const edges = analysis.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { nodes, edges };
}

/**
 * Adds a fragment with fresh ids, shifted by `offset` (cards in a pasted cluster keep their
 * place inside it). Works across analyses: pasted quote cards keep their quote snapshots.
 */
export function pasteFragment(
  analysis: Analysis,
  fragment: Fragment,
  offset: { x: number; y: number },
  ids: IdSource,
): { analysis: Analysis; nodeIds: string[] } {
  const newId = new Map(fragment.nodes.map((n) => [n.id, ids.next(n.kind)]));
  const rename = (id: string) => newId.get(id) as string;
  const nodes = fragment.nodes.map((node): AnalysisNode => {
    const inPastedCluster =
      node.kind === "quote" && node.clusterId !== null && newId.has(node.clusterId);
    const position = inPastedCluster
      ? node.position
      : { x: node.position.x + offset.x, y: node.position.y + offset.y };
    if (node.kind === "quote") {
      return {
        ...node,
        id: rename(node.id),
        position,
        clusterId: inPastedCluster ? rename(node.clusterId as string) : null,
      };
    }
    return { ...node, id: rename(node.id), position };
  });
  const edges = fragment.edges
    .filter((e) => newId.has(e.source) && newId.has(e.target))
    .map((e) => ({
      ...e,
      id: ids.next("link"),
      source: rename(e.source),
      target: rename(e.target),
    }));
  // Clusters first, so every card follows its cluster.
  const ordered = [
    ...nodes.filter((n) => n.kind === "cluster"),
    ...nodes.filter((n) => n.kind !== "cluster"),
  ];
  return {
    analysis: {
      ...analysis,
      nodes: [...analysis.nodes, ...ordered],
      edges: [...analysis.edges, ...edges],
    },
    nodeIds: ordered.map((n) => n.id),
  };
}
