import type { Analysis } from "../analysis/analysis";
import type { IdSource } from "../analysis/ids";
import { linksFor } from "./derive";
import {
  type Action,
  EMPTY_INDICATOR,
  type Goal,
  type GoalKind,
  type GoalStatus,
  type GoalTree,
} from "./goalTree";

/** Pure commands on the goal tree; each returns the same analysis when nothing changes. */
function withTree(analysis: Analysis, update: (tree: GoalTree) => GoalTree): Analysis {
  const tree = analysis.goalTree;
  if (!tree) return analysis;
  const next = update(tree);
  return next === tree ? analysis : { ...analysis, goalTree: next };
}

function updateGoal(analysis: Analysis, goalId: string, update: (goal: Goal) => Goal): Analysis {
  return withTree(analysis, (tree) => {
    let changed = false;
    const goals = tree.goals.map((goal) => {
      if (goal.id !== goalId) return goal;
      const next = update(goal);
      if (next !== goal) changed = true;
      return next;
    });
    return changed ? { ...tree, goals } : tree;
  });
}

/**
 * Rewrites a goal. A taken-over goal whose text now differs from its source becomes
 * herschreven; a struck or added goal keeps its status.
 */
export function setGoalText(analysis: Analysis, goalId: string, text: string): Analysis {
  return updateGoal(analysis, goalId, (goal) => {
    if (goal.text === text) return goal;
    const status: GoalStatus =
      goal.status === "overgenomen" && text !== goal.sourceText ? "herschreven" : goal.status;
    return { ...goal, text, status };
  });
}

export function setGoalStatus(analysis: Analysis, goalId: string, status: GoalStatus): Analysis {
  return updateGoal(analysis, goalId, (goal) =>
    goal.status === status ? goal : { ...goal, status },
  );
}

/** A goal with no source element (toegevoegd), contributing to `contributesTo` when given. */
export function addGoal(
  analysis: Analysis,
  init: { text: string; kind: GoalKind; contributesTo: string | null },
  ids: IdSource,
): { analysis: Analysis; goalId: string } {
  const goalId = ids.next("goal");
  const next = withTree(analysis, (tree) => {
    const goal: Goal = {
      id: goalId,
      kind: init.kind,
      sourceId: null,
      sourceText: "",
      text: init.text,
      status: "toegevoegd",
      sourceGone: false,
    };
    const target = init.contributesTo;
    const links =
      target && tree.goals.some((g) => g.id === target)
        ? [...tree.links, { id: `link_${goalId}_${target}`, source: goalId, target }]
        : tree.links;
    return { ...tree, goals: [...tree.goals, goal], links };
  });
  return { analysis: next, goalId };
}

/**
 * Removes a goal the analyst added (a goal from the problem tree is struck out instead, so its
 * trace stays). Its actions are kept and become unattached, which a check reports.
 */
export function removeAddedGoal(analysis: Analysis, goalId: string): Analysis {
  return withTree(analysis, (tree) => {
    const goal = tree.goals.find((g) => g.id === goalId);
    if (!goal || goal.sourceId !== null) return tree;
    const goals = tree.goals.filter((g) => g.id !== goalId);
    return {
      goals,
      links: linksFor(analysis, { goals, links: tree.links }),
      actions: tree.actions.map((a) => (a.goalId === goalId ? { ...a, goalId: null } : a)),
    };
  });
}

export function newAction(id: string, goalId: string | null): Action {
  return {
    id,
    goalId,
    title: "",
    owner: "",
    horizon: "",
    status: "planned",
    indicator: { ...EMPTY_INDICATOR },
    note: "",
  };
}

export function addAction(
  analysis: Analysis,
  init: Partial<Omit<Action, "id">> & { goalId: string | null },
  ids: IdSource,
): { analysis: Analysis; actionId: string } {
  const actionId = ids.next("action");
  const next = withTree(analysis, (tree) => ({
    ...tree,
    actions: [...tree.actions, { ...newAction(actionId, init.goalId), ...init }],
  }));
  return { analysis: next, actionId };
}

export function updateAction(
  analysis: Analysis,
  actionId: string,
  patch: Partial<Omit<Action, "id">>,
): Analysis {
  return withTree(analysis, (tree) => {
    const action = tree.actions.find((a) => a.id === actionId);
    if (!action) return tree;
    const next = { ...action, ...patch };
    if (JSON.stringify(next) === JSON.stringify(action)) return tree;
    return { ...tree, actions: tree.actions.map((a) => (a.id === actionId ? next : a)) };
  });
}

export function removeAction(analysis: Analysis, actionId: string): Analysis {
  return withTree(analysis, (tree) =>
    tree.actions.some((a) => a.id === actionId)
      ? { ...tree, actions: tree.actions.filter((a) => a.id !== actionId) }
      : tree,
  );
}
