import type { Analysis } from "../analysis/analysis";
import type { IdSource } from "../analysis/ids";
import { sameNodesApartFromPositions } from "../analysis/samePlaces";
import { goalFromSource, goalSources, KIND_OF_ROLE, linksFor } from "./derive";
import type { Goal, GoalKind, GoalTree } from "./goalTree";

/**
 * What changed in the problem tree since the goal tree was made or last brought in step, as
 * offers the analyst accepts one by one. Nothing here deletes a goal: a goal whose source left
 * is marked (see resyncGoalTree) and can be retired (geschrapt), never removed unasked.
 * A merge of two causes shows as one source gone (its goal marked, offered to retire) and,
 * when the label of the one kept changed, a relabel.
 */
export type GoalTreeChange =
  | { kind: "added"; sourceId: string; text: string; goalKind: GoalKind }
  | { kind: "relabelled"; goalId: string; from: string; to: string }
  | { kind: "kindChanged"; goalId: string; from: GoalKind; to: GoalKind }
  | { kind: "gone"; goalId: string };

export function goalTreeChanges(analysis: Analysis): GoalTreeChange[] {
  const tree = analysis.goalTree;
  if (!tree) return [];
  const sources = goalSources(analysis);
  const answered = new Set(tree.goals.map((g) => g.sourceId));
  const changes: GoalTreeChange[] = [];
  for (const source of sources.values()) {
    if (answered.has(source.id)) continue;
    changes.push({
      kind: "added",
      sourceId: source.id,
      text: source.label,
      goalKind: KIND_OF_ROLE[source.role],
    });
  }
  for (const goal of tree.goals) {
    if (goal.sourceId === null) continue;
    const source = sources.get(goal.sourceId);
    if (!source) {
      // Already retired goals ask nothing more.
      if (goal.status !== "geschrapt") changes.push({ kind: "gone", goalId: goal.id });
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
  }
  return resyncGoalTree({ ...analysis, goalTree: next });
}
