import type { Analysis, AnalysisEdge, AnalysisNode, Role } from "../analysis/analysis";
import type { Action, Goal, GoalKind } from "./goalTree";
import { goalTreeLayout } from "./layout";

/** The role whose colour and band a goal takes in a drawing made for the problem tree. */
export const ROLE_OF_GOAL_KIND: Readonly<Record<GoalKind, Role>> = {
  main: "problem",
  goal: "cause",
  outcome: "symptom",
};

export interface BoardWords {
  contributesTo: string;
  goal(goal: Goal): string;
  action(action: Action): string;
}

/**
 * The goal tree as a board the problem tree's picture renderer draws: goals as factors in the
 * colour of their kind, actions as notes, every link "contributes to", placed by the goal
 * tree's layout. A drawing only: the analysis itself is what a picture file carries.
 */
export function goalTreeBoard(analysis: Analysis, words: BoardWords): Analysis {
  const tree = analysis.goalTree ?? { goals: [], links: [], actions: [] };
  const at = goalTreeLayout(tree);
  const place = (id: string) => at[id] ?? { x: 0, y: 0 };
  const nodes: AnalysisNode[] = [
    ...tree.goals.map((goal) => ({
      kind: "factor" as const,
      id: goal.id,
      position: place(goal.id),
      label: words.goal(goal),
      role: ROLE_OF_GOAL_KIND[goal.kind],
    })),
    ...tree.actions.map((action) => ({
      kind: "note" as const,
      id: action.id,
      position: place(action.id),
      text: words.action(action),
    })),
  ];
  const goalIds = new Set(tree.goals.map((g) => g.id));
  const edge = (id: string, source: string, target: string): AnalysisEdge => ({
    id,
    source,
    target,
    kind: "causes",
    label: words.contributesTo,
  });
  const edges = [
    ...tree.links.map((l) => edge(l.id, l.source, l.target)),
    ...tree.actions
      .filter((a) => a.goalId !== null && goalIds.has(a.goalId))
      .map((a) => edge(`serves_${a.id}`, a.id, a.goalId as string)),
  ];
  const { goalTree: _, ...rest } = analysis;
  return { ...rest, nodes, edges, votingRounds: [] };
}
