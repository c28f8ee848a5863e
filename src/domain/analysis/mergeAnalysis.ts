import type { GoalTree } from "../goals/goalTree";
import { resyncGoalTree } from "../goals/resync";
import type { Analysis } from "./analysis";
import { pruneVotes } from "./operations/voting";

/** Nodes, edges and voting rounds: merged per id. */
type Item = { id: string };

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Same document apart from the viewport (which is each window's own view). */
export function sameDocument(a: Analysis, b: Analysis): boolean {
  return same({ ...a, viewport: null, updatedAt: 0 }, { ...b, viewport: null, updatedAt: 0 });
}

/**
 * Three-way merge per node and edge id: what this tab changed since `base` wins, everything
 * else comes from `remote`. A deletion never beats an edit of the same item (so no edit is lost);
 * items added on either side are kept.
 */
function mergeItems<T extends Item>(
  base: readonly T[],
  local: readonly T[],
  remote: readonly T[],
): T[] {
  const byId = (items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const b = byId(base);
  const l = byId(local);
  const r = byId(remote);
  const pick = (id: string): T | undefined => {
    const [bi, li, ri] = [b.get(id), l.get(id), r.get(id)];
    const localChanged = !same(li, bi);
    const remoteChanged = !same(ri, bi);
    if (!localChanged) return ri;
    if (!remoteChanged) return li;
    // Both sides touched it: keep whichever still exists, this tab's version when both do.
    return li ?? ri;
  };
  const out: T[] = [];
  const seen = new Set<string>();
  for (const id of [...r.keys(), ...l.keys()]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const item = pick(id);
    if (item) out.push(item);
  }
  return out;
}

/** Quotes marked as covered merge per covered quote, like items: this tab's mark or unmark wins. */
function mergeMarks(
  base: Readonly<Record<string, string>>,
  local: Readonly<Record<string, string>>,
  remote: Readonly<Record<string, string>>,
): Record<string, string> {
  const items = (marks: Readonly<Record<string, string>>) =>
    Object.entries(marks).map(([id, by]) => ({ id, by }));
  const merged = mergeItems(items(base), items(local), items(remote));
  return Object.fromEntries(merged.map((mark) => [mark.id, mark.by]));
}

/**
 * Combines this tab's unsaved edits (`local`, made on top of `base`) with a version another tab
 * stored (`remote`, also made from `base` or a later stored version). The viewport stays local.
 * Links to nodes that no longer exist are dropped, cards of a vanished cluster are set free.
 */
export function mergeAnalysis(base: Analysis, local: Analysis, remote: Analysis): Analysis {
  const nodes = mergeItems(base.nodes, local.nodes, remote.nodes);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = mergeItems(base.edges, local.edges, remote.edges).filter(
    (e) => ids.has(e.source) && ids.has(e.target),
  );
  const clusters = new Map(
    nodes.flatMap((n) => (n.kind === "cluster" ? [[n.id, n] as const] : [])),
  );
  const repaired = nodes.map((node) => {
    if (node.kind !== "quote" || node.clusterId === null || clusters.has(node.clusterId))
      return node;
    // Positions inside a cluster are relative to it: make it absolute using the old cluster.
    const old = [...local.nodes, ...remote.nodes, ...base.nodes].find(
      (n) => n.id === node.clusterId,
    );
    const offset = old?.position ?? { x: 0, y: 0 };
    return {
      ...node,
      clusterId: null,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
  });
  const scalar = <K extends "title" | "corpusId">(key: K): Analysis[K] =>
    local[key] !== base[key] ? local[key] : remote[key];
  // Votes merge per round (a round is one item); votes of nodes that are gone are dropped.
  const merged = pruneVotes({
    ...remote,
    title: scalar("title"),
    corpusId: scalar("corpusId"),
    nodes: repaired,
    edges,
    votingRounds: mergeItems(base.votingRounds, local.votingRounds, remote.votingRounds),
    coveredQuotes: mergeMarks(base.coveredQuotes, local.coveredQuotes, remote.coveredQuotes),
    viewport: local.viewport,
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  });
  const goalTree = mergeGoalTrees(base.goalTree, local.goalTree, remote.goalTree);
  return resyncGoalTree(goalTree ? { ...merged, goalTree } : merged);
}

/** Goals, links and actions merge per id like nodes; a tree made in either tab is kept. */
function mergeGoalTrees(
  base: GoalTree | undefined,
  local: GoalTree | undefined,
  remote: GoalTree | undefined,
): GoalTree | undefined {
  if (!local || !remote) return local ?? remote;
  const b = base ?? { goals: [], links: [], actions: [] };
  return {
    goals: mergeItems(b.goals, local.goals, remote.goals),
    links: mergeItems(b.links, local.links, remote.links),
    actions: mergeItems(b.actions, local.actions, remote.actions),
  };
}
