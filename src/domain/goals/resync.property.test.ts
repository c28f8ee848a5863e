import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factor, link, makeAnalysis } from "../../../tests/helpers/analysisFactory";
import { type Analysis, ROLES } from "../analysis/analysis";
import { countingIds } from "../analysis/ids";
import { connect, removeElements, setLabel, setRole } from "../analysis/operations";
import { withGoalTree } from "./derive";
import { GOAL_STATUSES, type Goal, isEdited } from "./goalTree";
import { setGoalStatus, setGoalText } from "./operations";
import { applyGoalTreeChange, goalTreeChanges, resyncGoalTree } from "./resync";

const NODE_IDS = ["n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7"];
const nodeId = fc.constantFrom(...NODE_IDS);
const role = fc.constantFrom(...ROLES, null);

/** Edits of the problem tree, and the analyst's edits of goals, in any order. */
const step = fc.oneof(
  fc.record({
    type: fc.constant("addNode" as const),
    id: nodeId,
    role,
    label: fc.string({ maxLength: 8 }),
  }),
  fc.record({ type: fc.constant("remove" as const), id: nodeId }),
  fc.record({
    type: fc.constant("relabel" as const),
    id: nodeId,
    label: fc.string({ maxLength: 8 }),
  }),
  fc.record({ type: fc.constant("role" as const), id: nodeId, role }),
  fc.record({ type: fc.constant("link" as const), from: nodeId, to: nodeId }),
  fc.record({ type: fc.constant("merge" as const), from: nodeId, into: nodeId }),
  fc.record({
    type: fc.constant("rewrite" as const),
    pick: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    type: fc.constant("status" as const),
    pick: fc.nat(),
    status: fc.constantFrom(...GOAL_STATUSES),
  }),
  fc.record({ type: fc.constant("accept" as const), pick: fc.nat(), retire: fc.boolean() }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const start = fc
  .array(fc.record({ id: nodeId, role, label: fc.string({ maxLength: 8 }) }), { maxLength: 6 })
  .map((nodes) => {
    const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
    const factors = unique.map((n) => factor(n.id, n.role, n.label));
    const edges = factors.slice(1).map((f, i) => link(f.id, factors[i]?.id ?? f.id));
    return makeAnalysis(factors, edges);
  });

function apply(analysis: Analysis, s: Step, ids: ReturnType<typeof countingIds>): Analysis {
  const goals = analysis.goalTree?.goals ?? [];
  const has = (id: string) => analysis.nodes.some((n) => n.id === id);
  switch (s.type) {
    case "addNode":
      return has(s.id)
        ? analysis
        : { ...analysis, nodes: [...analysis.nodes, factor(s.id, s.role, s.label)] };
    case "remove":
      return removeElements(analysis, [s.id]);
    case "relabel":
      return setLabel(analysis, s.id, s.label);
    case "role":
      return setRole(analysis, [s.id], s.role);
    case "link":
      return connect(analysis, s.from, s.to, "causes", ids).analysis;
    case "merge": {
      // Merging two causes: the links of one move to the other, then it goes.
      if (s.from === s.into || !has(s.from) || !has(s.into)) return analysis;
      const edges = analysis.edges.map((e) => ({
        ...e,
        source: e.source === s.from ? s.into : e.source,
        target: e.target === s.from ? s.into : e.target,
      }));
      return removeElements({ ...analysis, edges }, [s.from]);
    }
    case "rewrite": {
      const goal = goals[s.pick % Math.max(1, goals.length)];
      return goal ? setGoalText(analysis, goal.id, s.text) : analysis;
    }
    case "status": {
      const goal = goals[s.pick % Math.max(1, goals.length)];
      return goal ? setGoalStatus(analysis, goal.id, s.status) : analysis;
    }
    case "accept": {
      const changes = goalTreeChanges(analysis).filter((c) => s.retire || c.kind !== "gone");
      const change = changes[s.pick % Math.max(1, changes.length)];
      return change ? applyGoalTreeChange(analysis, change, ids) : analysis;
    }
  }
}

const ANALYST_STEPS = new Set<Step["type"]>(["rewrite", "status", "accept"]);

describe("keeping the goal tree in step, for any sequence of edits", () => {
  it("never loses an edited goal and marks every goal whose source is gone", () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 30 }), (initial, steps) => {
        const ids = countingIds();
        let analysis = withGoalTree(initial, ids);
        // The last edit the analyst made to each goal, as they left it.
        const edited = new Map<string, Pick<Goal, "text" | "status">>();
        for (const s of steps) {
          // The store runs the resync after every change (state/slices/canvasSlice).
          analysis = resyncGoalTree(apply(analysis, s, ids));
          const goals = new Map((analysis.goalTree?.goals ?? []).map((g) => [g.id, g]));
          for (const [id, kept] of edited) {
            const goal = goals.get(id);
            expect(goal, `edited goal ${id}`).toBeDefined();
            // Only the analyst's own steps (rewrite, status, accepting an offer) may change it.
            if (!ANALYST_STEPS.has(s.type))
              expect({ text: goal?.text, status: goal?.status }).toEqual(kept);
          }
          if (ANALYST_STEPS.has(s.type)) {
            edited.clear();
            for (const goal of goals.values())
              if (isEdited(goal)) edited.set(goal.id, { text: goal.text, status: goal.status });
          }
          const roled = new Set(
            analysis.nodes
              .filter((n) => (n.kind === "factor" || n.kind === "cluster") && n.role !== null)
              .map((n) => n.id),
          );
          for (const goal of goals.values()) {
            const present = goal.sourceId === null || roled.has(goal.sourceId);
            expect(goal.sourceGone, `goal ${goal.id} of ${goal.sourceId}`).toBe(!present);
          }
          const goalIds = new Set(goals.keys());
          for (const l of analysis.goalTree?.links ?? []) {
            expect(goalIds.has(l.source) && goalIds.has(l.target)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
