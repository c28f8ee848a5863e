import type { Analysis } from "../analysis/analysis";
import type { IdSource } from "../analysis/ids";
import { sameNodesApartFromPositions } from "../analysis/samePlaces";
import { goalFromSource, goalSources, KIND_OF_ROLE, linksFor } from "./derive";
import type { Goal, GoalKind, GoalTree } from "./goalTree";

/**
 * What changed in the problem tree since the goal tree was made or last brought in step, as
 * offers the analyst accepts one by one. Nothing here deletes a goal: a goal whose source left
 * is marked (see resyncGoalTree) and can be retired (geschrapt), never removed unasked.
 * A merge of two causes (one cluster's cards moved into another, or both grouped into a new
 * one) shows as a merge: the goals of both now answer the one cluster (followMergedSources),
 * offered to become one goal.
 */
export type GoalTreeChange =
  | { kind: "added"; sourceId: string; text: string; goalKind: GoalKind }
  | { kind: "merged"; sourceId: string; text: string; goalIds: string[] }
  | { kind: "relabelled"; goalId: string; from: string; to: string }
  | { kind: "kindChanged"; goalId: string; from: GoalKind; to: GoalKind }
  | { kind: "gone"; goalId: string };

export function goalTreeChanges(analysis: Analysis): GoalTreeChange[] {
  const tree = analysis.goalTree;
  if (!tree) return [];
  const sources = goalSources(analysis);
  const answered = new Set(tree.goals.map((g) => g.sourceId));
  const cards = cardsByCluster(analysis);
  const changes: GoalTreeChange[] = [];
  for (const source of sources.values()) {
    if (answered.has(source.id)) continue;
    // An emptied cluster (its cards merged into another) is no new cause.
    if (source.kind === "cluster" && !cards.has(source.id)) continue;
    changes.push({
      kind: "added",
      sourceId: source.id,
      text: source.label,
      goalKind: KIND_OF_ROLE[source.role],
    });
  }
  // Goals answering one source: causes merged. Offered as one merge, nothing else about them.
  const merged = new Set<string>();
  for (const [sourceId, goals] of liveGoalsBySource(tree)) {
    const source = sources.get(sourceId);
    if (!source || goals.length < 2) continue;
    for (const goal of goals) merged.add(goal.id);
    changes.push({
      kind: "merged",
      sourceId,
      text: source.label,
      goalIds: goals.map((g) => g.id),
    });
  }
  for (const goal of tree.goals) {
    // Retired goals (struck out, or merged into another) ask nothing more.
    if (goal.sourceId === null || merged.has(goal.id) || goal.status === "geschrapt") continue;
    const source = sources.get(goal.sourceId);
    if (!source) {
      changes.push({ kind: "gone", goalId: goal.id });
      continue;
    }
    if (source.label !== goal.sourceText)
      changes.push({
        kind: "relabelled",
        goalId: goal.id,
        from: goal.sourceText,
        to: source.label,
      });
    const kind = KIND_OF_ROLE[source.role];
    if (kind !== goal.kind)
      changes.push({ kind: "kindChanged", goalId: goal.id, from: goal.kind, to: kind });
  }
  return changes;
}

/** The goals not struck out, by the source they answer. */
function liveGoalsBySource(tree: GoalTree): Map<string, Goal[]> {
  const bySource = new Map<string, Goal[]>();
  for (const goal of tree.goals) {
    if (goal.sourceId === null || goal.status === "geschrapt") continue;
    bySource.set(goal.sourceId, [...(bySource.get(goal.sourceId) ?? []), goal]);
  }
  return bySource;
}

/** The quote cards of each cluster, by cluster id. */
function cardsByCluster(analysis: Analysis): Map<string, string[]> {
  const cards = new Map<string, string[]>();
  for (const node of analysis.nodes) {
    if (node.kind !== "quote" || node.clusterId === null) continue;
    cards.set(node.clusterId, [...(cards.get(node.clusterId) ?? []), node.id]);
  }
  return cards;
}

/**
 * Goals follow their evidence when an edit merges causes: a goal whose source cluster this
 * edit emptied, every card of it now in one other cluster (moved into it, or grouped with
 * another's cards into a new one), answers that cluster from now on. Its text and status stay;
 * two goals answering one cluster are then offered as merged (goalTreeChanges). A cluster
 * emptied any other way (cards removed, spread, let loose) leaves its goal as it was.
 */
export function followMergedSources(before: Analysis, after: Analysis): Analysis {
  const tree = after.goalTree;
  if (!tree) return after;
  const was = cardsByCluster(before);
  const now = cardsByCluster(after);
  const clusterOf = new Map<string, string>();
  for (const [cluster, cards] of now) for (const card of cards) clusterOf.set(card, cluster);
  let changed = false;
  const goals = tree.goals.map((goal) => {
    if (goal.sourceId === null || goal.status === "geschrapt") return goal;
    const cards = was.get(goal.sourceId) ?? [];
    if (cards.length === 0 || (now.get(goal.sourceId)?.length ?? 0) > 0) return goal;
    const into = new Set(cards.map((card) => clusterOf.get(card)));
    const [target] = into;
    if (into.size !== 1 || target === undefined || target === goal.sourceId) return goal;
    changed = true;
    return { ...goal, sourceId: target };
  });
  return changed ? { ...after, goalTree: { ...tree, goals } } : after;
}

function mapGoal(tree: GoalTree, goalId: string, update: (goal: Goal) => Goal): GoalTree {
  return { ...tree, goals: tree.goals.map((g) => (g.id === goalId ? update(g) : g)) };
}

/**
 * Whether an edit can put the goal tree out of step: it touched the goal tree itself, the
 * links, or the nodes beyond where they are (added, removed, relabelled, a role). A move (a
 * keyboard nudge, a drag) or a vote does not, so the store skips the resync for it.
 */
export function needsGoalResync(before: Analysis, after: Analysis): boolean {
  if (!after.goalTree) return false;
  return (
    before.goalTree !== after.goalTree ||
    before.edges !== after.edges ||
    !sameNodesApartFromPositions(before.nodes, after.nodes)
  );
}

/**
 * What the store runs after an edit (`before` → `after`): when it touched the problem tree or
 * the goal tree, goals follow merged causes and the tree is resynced; otherwise (a move)
 * `after` as it is.
 */
export function keepGoalsInStep(before: Analysis, after: Analysis): Analysis {
  if (!needsGoalResync(before, after)) return after;
  return resyncGoalTree(followMergedSources(before, after));
}

/**
 * The part of keeping in step that needs no decision, run after every problem-tree edit: a goal
 * whose source is gone (or lost its role) is marked `sourceGone`, one whose source came back
 * is unmarked, and the derived "contributes to" links follow the problem tree's links. Goal
 * texts and statuses are never touched. Returns the same analysis when nothing changed.
 */
export function resyncGoalTree(analysis: Analysis): Analysis {
  const tree = analysis.goalTree;
  if (!tree) return analysis;
  const sources = goalSources(analysis);
  let changed = false;
  const goals = tree.goals.map((goal) => {
    const gone = goal.sourceId !== null && !sources.has(goal.sourceId);
    if (gone === goal.sourceGone) return goal;
    changed = true;
    return { ...goal, sourceGone: gone };
  });
  const links = linksFor(analysis, { goals, links: tree.links });
  const sameLinks =
    links.length === tree.links.length &&
    links.every((l, i) => {
      const old = tree.links[i];
      return old?.id === l.id && old.source === l.source && old.target === l.target;
    });
  if (!changed && sameLinks) return analysis;
  return { ...analysis, goalTree: { ...tree, goals, links } };
}

/** Accepts one offered change. An edited goal keeps its text: a relabel then only updates the
 * negative statement shown beside it. */
export function applyGoalTreeChange(
  analysis: Analysis,
  change: GoalTreeChange,
  ids: IdSource,
): Analysis {
  const tree = analysis.goalTree;
  if (!tree) return analysis;
  let next: GoalTree;
  switch (change.kind) {
    case "added": {
      const source = goalSources(analysis).get(change.sourceId);
      if (!source || tree.goals.some((g) => g.sourceId === source.id)) return analysis;
      next = { ...tree, goals: [...tree.goals, goalFromSource(source, ids)] };
      break;
    }
    case "relabelled":
      next = mapGoal(tree, change.goalId, (goal) => ({
        ...goal,
        sourceText: change.to,
        text:
          goal.status === "overgenomen" && goal.text === goal.sourceText ? change.to : goal.text,
      }));
      break;
    case "kindChanged":
      next = mapGoal(tree, change.goalId, (goal) => ({ ...goal, kind: change.to }));
      break;
    case "gone":
      next = mapGoal(tree, change.goalId, (goal) => ({ ...goal, status: "geschrapt" }));
      break;
    case "merged": {
      // One goal goes on: the one whose source text is the cluster's, else the first. The
      // others are struck out (kept, with their text), their actions move to it.
      const goals = tree.goals.filter((g) => change.goalIds.includes(g.id));
      const kept = goals.find((g) => g.sourceText === change.text) ?? goals[0];
      if (!kept) return analysis;
      const others = new Set(change.goalIds.filter((id) => id !== kept.id));
      next = {
        ...tree,
        goals: tree.goals.map((g) => (others.has(g.id) ? { ...g, status: "geschrapt" } : g)),
        actions: tree.actions.map((a) =>
          a.goalId !== null && others.has(a.goalId) ? { ...a, goalId: kept.id } : a,
        ),
      };
      break;
    }
  }
  return resyncGoalTree({ ...analysis, goalTree: next });
}
