import type { Analysis, Role, RoledNode } from "../analysis/analysis";
import { hasRole } from "../analysis/analysis";
import type { IdSource } from "../analysis/ids";
import type { Goal, GoalKind, GoalLink, GoalTree } from "./goalTree";

/** Which goal a problem-tree role becomes: core problem → main goal, cause → goal, effect → outcome. */
export const KIND_OF_ROLE: Readonly<Record<Role, GoalKind>> = {
  problem: "main",
  cause: "goal",
  symptom: "outcome",
};

/** The clusters and factors with a role: the elements a goal can answer. */
export function goalSources(analysis: Analysis): Map<string, RoledNode & { role: Role }> {
  const sources = new Map<string, RoledNode & { role: Role }>();
  for (const node of analysis.nodes) {
    if (hasRole(node) && node.role !== null) sources.set(node.id, { ...node, role: node.role });
  }
  return sources;
}

export function goalFromSource(source: RoledNode & { role: Role }, ids: IdSource): Goal {
  return {
    id: ids.next("goal"),
    kind: KIND_OF_ROLE[source.role],
    sourceId: source.id,
    sourceText: source.label,
    text: source.label,
    status: "overgenomen",
    sourceGone: false,
  };
}

/**
 * "Leads to" becomes "contributes to": every `causes` link between two elements that have a
 * goal links their goals the same way round (removing a cause serves the problem's removal).
 * Links that touch a goal the analyst added are theirs and kept as they are.
 */
export function linksFor(analysis: Analysis, tree: Pick<GoalTree, "goals" | "links">): GoalLink[] {
  // Usually one goal a source; two after a merge of causes, until the analyst merges them.
  const goalsOfSource = new Map<string, string[]>();
  for (const goal of tree.goals) {
    if (goal.sourceId === null || goal.sourceGone) continue;
    goalsOfSource.set(goal.sourceId, [...(goalsOfSource.get(goal.sourceId) ?? []), goal.id]);
  }
  const added = new Set(tree.goals.filter((g) => g.sourceId === null).map((g) => g.id));
  const exists = new Set(tree.goals.map((g) => g.id));
  const own = tree.links.filter(
    (l) =>
      (added.has(l.source) || added.has(l.target)) && exists.has(l.source) && exists.has(l.target),
  );
  const derived: GoalLink[] = [];
  const seen = new Set<string>();
  for (const edge of analysis.edges) {
    if (edge.kind !== "causes") continue;
    for (const source of goalsOfSource.get(edge.source) ?? []) {
      for (const target of goalsOfSource.get(edge.target) ?? []) {
        const key = `${source}>${target}`;
        if (source === target || seen.has(key)) continue;
        seen.add(key);
        derived.push({ id: `link_${source}_${target}`, source, target });
      }
    }
  }
  return [...derived, ...own];
}

/**
 * Makes the goal tree of an analysis: one goal per element with a role, each starting as its
 * source's text (status overgenomen), linked as the problem tree is. No actions yet.
 */
export function deriveGoalTree(analysis: Analysis, ids: IdSource): GoalTree {
  const goals = [...goalSources(analysis).values()].map((source) => goalFromSource(source, ids));
  return { goals, links: linksFor(analysis, { goals, links: [] }), actions: [] };
}

/** The analysis with its goal tree made; an analysis that has one keeps it. */
export function withGoalTree(analysis: Analysis, ids: IdSource): Analysis {
  if (analysis.goalTree) return analysis;
  return { ...analysis, goalTree: deriveGoalTree(analysis, ids) };
}
