import { describe, expect, it } from "vitest";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { withGoalTree } from "./derive";
import { ACTION_SIZE, GOAL_SIZE, goalTreeLayout } from "./layout";
import { addAction } from "./operations";

describe("goalTreeLayout", () => {
  it("puts outcomes above the main goal, goals below it and actions below their goal", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    const capaciteit = goalOf(a, "capaciteit").id;
    const action = addAction(a, { goalId: capaciteit, title: "Werven" }, ids);
    a = action.analysis;
    const at = goalTreeLayout(a.goalTree ?? { goals: [], links: [], actions: [] });
    const y = (id: string) => at[id]?.y ?? Number.NaN;
    const main = goalOf(a, "kern").id;
    expect(y(goalOf(a, "schade").id)).toBeLessThan(y(main));
    expect(y(capaciteit)).toBeGreaterThan(y(main));
    expect(y(action.actionId)).toBeGreaterThan(y(capaciteit));
    // Drawn at the problem tree's factor and note sizes, no two boxes share a point.
    const size = (id: string) => (id === action.actionId ? ACTION_SIZE : GOAL_SIZE);
    const boxes = Object.entries(at).map(([id, p]) => ({ id, ...p, ...size(id) }));
    const overlapping = boxes.flatMap((p, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (q) =>
            p.x < q.x + q.width &&
            q.x < p.x + p.width &&
            p.y < q.y + q.height &&
            q.y < p.y + p.height,
        )
        .map((q) => `${p.id}/${q.id}`),
    );
    expect(overlapping).toEqual([]);
  });
});
