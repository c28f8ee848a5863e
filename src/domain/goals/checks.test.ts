import { describe, expect, it } from "vitest";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { removeElements } from "../analysis/operations";
import { goalTreeFindings, rootCauseIds } from "./checks";
import { withGoalTree } from "./derive";
import { addAction, setGoalStatus } from "./operations";
import { resyncGoalTree } from "./resync";

describe("checks", () => {
  it("finds the root causes", () => {
    expect([...rootCauseIds(causeTree())].sort()).toEqual(["capaciteit", "kennis"]);
  });

  it("flags a root cause without action, a loose action and a struck goal with actions", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    const kennis = goalOf(a, "kennis").id;
    const capaciteit = goalOf(a, "capaciteit").id;
    a = addAction(a, { goalId: kennis, title: "Training" }, ids).analysis;
    expect(goalTreeFindings(a)).toEqual([
      { kind: "rootCauseWithoutAction", goalIds: [capaciteit], actionIds: [] },
    ]);
    const loose = addAction(a, { goalId: null, title: "Los" }, ids);
    a = setGoalStatus(loose.analysis, kennis, "geschrapt");
    const trainingId = a.goalTree?.actions[0]?.id;
    expect(goalTreeFindings(a)).toEqual([
      { kind: "rootCauseWithoutAction", goalIds: [capaciteit], actionIds: [] },
      { kind: "actionWithoutGoal", goalIds: [], actionIds: [loose.actionId] },
      { kind: "struckGoalWithActions", goalIds: [kennis], actionIds: [trainingId] },
    ]);
  });

  it("reports goals whose source is gone until they are retired", () => {
    const a = resyncGoalTree(removeElements(withGoalTree(causeTree(), countingIds()), ["schade"]));
    const goalId = goalOf(a, "schade").id;
    expect(goalTreeFindings(a)).toContainEqual({
      kind: "sourceGone",
      goalIds: [goalId],
      actionIds: [],
    });
    const retired = setGoalStatus(a, goalId, "geschrapt");
    expect(goalTreeFindings(retired).some((f) => f.kind === "sourceGone")).toBe(false);
  });
});
