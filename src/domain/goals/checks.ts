import type { Analysis } from "../analysis/analysis";
import { hasRole } from "../analysis/analysis";

/** What the checks panel reports about the goal tree and the action plan. */
export type GoalFinding =
  /** A root cause (nothing with a role causes it) whose goal has no action. */
  | { kind: "rootCauseWithoutAction"; goalIds: string[]; actionIds: [] }
  /** An action attached to no goal (or to one that no longer exists). */
  | { kind: "actionWithoutGoal"; goalIds: []; actionIds: string[] }
  /** A goal struck out (geschrapt) that still carries actions. */
  | { kind: "struckGoalWithActions"; goalIds: string[]; actionIds: string[] }
  /** A goal whose problem-tree element is gone. */
  | { kind: "sourceGone"; goalIds: string[]; actionIds: [] };

/** Causes at the bottom of the tree: no cluster or factor with a role leads to them. */
export function rootCauseIds(analysis: Analysis): Set<string> {
  const roled = new Map(
    analysis.nodes.filter(hasRole).map((node) => [node.id, node.role] as const),
  );
  const caused = new Set<string>();
  for (const edge of analysis.edges) {
    if (edge.kind === "causes" && roled.get(edge.source) && edge.source !== edge.target)
      caused.add(edge.target);
  }
  return new Set(
    [...roled].filter(([id, role]) => role === "cause" && !caused.has(id)).map(([id]) => id),
  );
}

export function goalTreeFindings(analysis: Analysis): GoalFinding[] {
  const tree = analysis.goalTree;
  if (!tree) return [];
  const findings: GoalFinding[] = [];
  const roots = rootCauseIds(analysis);
  const withActions = new Set(tree.actions.map((a) => a.goalId));
  const bare = tree.goals
    .filter(
      (g) =>
        g.sourceId !== null &&
        roots.has(g.sourceId) &&
        !g.sourceGone &&
        g.status !== "geschrapt" &&
        !withActions.has(g.id),
    )
    .map((g) => g.id);
  if (bare.length > 0)
    findings.push({ kind: "rootCauseWithoutAction", goalIds: bare, actionIds: [] });
  const goalIds = new Set(tree.goals.map((g) => g.id));
  const loose = tree.actions
    .filter((a) => a.goalId === null || !goalIds.has(a.goalId))
    .map((a) => a.id);
  if (loose.length > 0) findings.push({ kind: "actionWithoutGoal", goalIds: [], actionIds: loose });
  const struck = tree.goals.filter((g) => g.status === "geschrapt" && withActions.has(g.id));
  if (struck.length > 0) {
    const struckIds = new Set(struck.map((g) => g.id));
    findings.push({
      kind: "struckGoalWithActions",
      goalIds: [...struckIds],
      actionIds: tree.actions.filter((a) => a.goalId && struckIds.has(a.goalId)).map((a) => a.id),
    });
  }
  const gone = tree.goals.filter((g) => g.sourceGone && g.status !== "geschrapt").map((g) => g.id);
  if (gone.length > 0) findings.push({ kind: "sourceGone", goalIds: gone, actionIds: [] });
  return findings;
}
