import type { Analysis, AnalysisEdge, AnalysisNode } from "./analysis";

/**
 * A node's causal chain for discussion: everything that leads to it (upstream, its causes and
 * their causes) and everything it leads to (downstream, its effects), each with its distance in
 * "leads to" steps. A cluster in the chain brings its cards along at the cluster's distance.
 */
export interface CausalChain {
  rootId: string;
  /** Steps from the root; the root itself is 0. */
  distance: ReadonlyMap<string, number>;
  /** The farthest step in the chain. */
  depth: number;
}

function neighbours(edges: readonly AnalysisEdge[], pick: "source" | "target") {
  const other = pick === "source" ? "target" : "source";
  const map = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== "causes") continue;
    const list = map.get(edge[other]) ?? [];
    list.push(edge[pick]);
    map.set(edge[other], list);
  }
  return map;
}

/** Breadth-first, so each node gets its shortest distance; cycle-safe. */
function walk(
  next: ReadonlyMap<string, readonly string[]>,
  rootId: string,
  into: Map<string, number>,
) {
  let frontier = [rootId];
  for (let step = 1; frontier.length > 0; step++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (into.has(n)) continue;
        into.set(n, step);
        following.push(n);
      }
    }
    frontier = following;
  }
}

export function causalChain(analysis: Analysis, rootId: string): CausalChain {
  const distance = new Map<string, number>([[rootId, 0]]);
  // A card inside a cluster speaks for the cluster: its chain is the cluster's.
  const root = analysis.nodes.find((n) => n.id === rootId);
  const start = root?.kind === "quote" && root.clusterId ? root.clusterId : rootId;
  distance.set(start, 0);
  const upstream = new Map<string, number>(distance);
  walk(neighbours(analysis.edges, "source"), start, upstream);
  const downstream = new Map<string, number>(distance);
  walk(neighbours(analysis.edges, "target"), start, downstream);
  for (const [id, d] of [...upstream, ...downstream]) {
    const known = distance.get(id);
    if (known === undefined || d < known) distance.set(id, d);
  }
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.clusterId === null) continue;
    const d = distance.get(node.clusterId);
    if (d !== undefined && !distance.has(node.id)) distance.set(node.id, d);
  }
  const depth = Math.max(0, ...distance.values());
  return { rootId, distance, depth };
}

/** Where focus starts when nothing is selected: the first core problem, if there is one. */
export function defaultFocusRoot(analysis: Analysis): AnalysisNode | undefined {
  return analysis.nodes.find(
    (n) => (n.kind === "cluster" || n.kind === "factor") && n.role === "problem",
  );
}

/**
 * Ranks around a root, as the tree is drawn: its causes below it (1, 2, … "leads to" steps
 * away), its effects above it (−1, −2, …). A node both above and below (a cycle through the
 * root) takes the nearer side; cards take their cluster's rank.
 */
export function causalRanks(analysis: Analysis, rootId: string): Map<string, number> {
  const ranks = new Map<string, number>([[rootId, 0]]);
  const causes = new Map<string, number>([[rootId, 0]]);
  walk(neighbours(analysis.edges, "source"), rootId, causes);
  const effects = new Map<string, number>([[rootId, 0]]);
  walk(neighbours(analysis.edges, "target"), rootId, effects);
  for (const [id, d] of causes) ranks.set(id, d);
  for (const [id, d] of effects) {
    const below = ranks.get(id);
    if (below === undefined || d < below) ranks.set(id, -d);
  }
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.clusterId === null || ranks.has(node.id)) continue;
    const rank = ranks.get(node.clusterId);
    if (rank !== undefined) ranks.set(node.id, rank);
  }
  return ranks;
}
