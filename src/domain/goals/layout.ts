import type { LayoutBox, LayoutPositions } from "../analysis/layoutGraph";
import { FACTOR_SIZE, NOTE_SIZE } from "../layout/boxSizes";
import { treeLayout } from "../layout/treeLayout";
import type { GoalKind, GoalTree } from "./goalTree";

/**
 * A goal is drawn as the problem tree draws a factor, an action as it draws a note (the goal
 * tree's board, board.ts): the same box sizes, so the same fonts fit the same lines.
 */
export const GOAL_SIZE = FACTOR_SIZE;
export const ACTION_SIZE = NOTE_SIZE;

const ROLE_OF_KIND = {
  main: "problem",
  goal: "cause",
  outcome: "symptom",
} as const satisfies Record<GoalKind, string>;

/**
 * Places the goal tree with the problem tree's own layout (domain/layout/treeLayout), so it
 * keeps its guarantees: means below, ends above, the main goal's band in the middle, no two
 * boxes overlapping. Actions hang below the goal they serve (a link to it); an action with no
 * goal is parked beside the tree.
 */
export function goalTreeLayout(tree: GoalTree): LayoutPositions {
  const boxes: LayoutBox[] = [
    ...tree.goals.map((goal) => ({
      id: goal.id,
      ...GOAL_SIZE,
      role: ROLE_OF_KIND[goal.kind],
      kind: "factor" as const,
    })),
    ...tree.actions.map((action) => ({
      id: action.id,
      ...ACTION_SIZE,
      role: null,
      kind: "note" as const,
    })),
  ];
  const goalIds = new Set(tree.goals.map((g) => g.id));
  const links = [
    ...tree.links.map((l) => ({ source: l.source, target: l.target })),
    ...tree.actions
      .filter((a) => a.goalId !== null && goalIds.has(a.goalId))
      .map((a) => ({ source: a.id, target: a.goalId as string })),
  ];
  return treeLayout({ boxes, links });
}
