import { describe, expect, it } from "vitest";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { removeElements } from "../analysis/operations";
import { actionChain, goalChain } from "./chain";
import { withGoalTree } from "./derive";
import { addAction, addGoal } from "./operations";
import { resyncGoalTree } from "./resync";

describe("evidence chain", () => {
  it("gives an action's goal, its cause and the quotes with section and page", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    const signalen = goalOf(a, "signalen").id;
    const added = addAction(a, { goalId: signalen, title: "Meldpunt" }, ids);
    a = added.analysis;
    const chain = actionChain(a, added.actionId);
    expect(chain.action?.title).toBe("Meldpunt");
    expect(chain.goal?.id).toBe(signalen);
    expect(chain.source).toMatchObject({ id: "signalen", label: "Signalen worden niet gedeeld" });
    expect(chain.source?.quotes.map((q) => [q.quoteId, q.section, q.page])).toEqual([
      ["quote-1", "2.11", 11],
      ["quote-2", "2.3", 11],
    ]);
    expect(chain.below.map((c) => [c.id, c.quotes.map((q) => q.quoteId)])).toEqual([
      ["kennis", ["quote-3"]],
    ]);
    expect([chain.quoteCount, chain.themeCount]).toEqual([3, 3]);
  });

  it("is empty for an added goal and for a goal whose source is gone", () => {
    const ids = countingIds();
    const base = withGoalTree(causeTree(), ids);
    const added = addGoal(base, { text: "Eigen", kind: "goal", contributesTo: null }, ids);
    expect(goalChain(added.analysis, added.goalId)).toMatchObject({ source: null, quoteCount: 0 });
    const gone = resyncGoalTree(removeElements(base, ["signalen"]));
    expect(goalChain(gone, goalOf(gone, "signalen").id).source).toBeNull();
  });
});
