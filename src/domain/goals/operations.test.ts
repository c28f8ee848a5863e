import { describe, expect, it } from "vitest";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { withGoalTree } from "./derive";
import {
  addAction,
  addGoal,
  removeAddedGoal,
  setGoalStatus,
  setGoalText,
  updateAction,
} from "./operations";

describe("editing goals", () => {
  it("marks a rewritten goal herschreven and leaves struck and added goals their status", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    const kennis = goalOf(a, "kennis").id;
    a = setGoalText(a, kennis, "Professionals herkennen signalen");
    expect(goalOf(a, "kennis")).toMatchObject({ status: "herschreven" });
    a = setGoalStatus(a, kennis, "geschrapt");
    a = setGoalText(a, kennis, "Buiten scope");
    expect(goalOf(a, "kennis")).toMatchObject({ status: "geschrapt", text: "Buiten scope" });
    const added = addGoal(a, { text: "Eigen doel", kind: "goal", contributesTo: kennis }, ids);
    const goal = added.analysis.goalTree?.goals.find((g) => g.id === added.goalId);
    expect(goal).toMatchObject({ status: "toegevoegd", sourceId: null });
    expect(added.analysis.goalTree?.links.at(-1)).toMatchObject({
      source: added.goalId,
      target: kennis,
    });
  });

  it("removes only added goals, and unattaches their actions", () => {
    const ids = countingIds();
    const base = withGoalTree(causeTree(), ids);
    const added = addGoal(base, { text: "Eigen", kind: "goal", contributesTo: null }, ids);
    const withAction = addAction(added.analysis, { goalId: added.goalId, title: "Doe" }, ids);
    const removed = removeAddedGoal(withAction.analysis, added.goalId);
    expect(removed.goalTree?.goals.some((g) => g.id === added.goalId)).toBe(false);
    expect(removed.goalTree?.actions[0]?.goalId).toBeNull();
    expect(removeAddedGoal(removed, goalOf(removed, "kern").id)).toBe(removed);
  });

  it("adds and updates actions with their indicator", () => {
    const ids = countingIds();
    const base = withGoalTree(causeTree(), ids);
    const goalId = goalOf(base, "kennis").id;
    const { analysis, actionId } = addAction(base, { goalId, title: "Training" }, ids);
    const updated = updateAction(analysis, actionId, {
      owner: "GGD",
      indicator: {
        name: "Getrainde professionals",
        baseline: "10%",
        target: "60%",
        source: "Monitor",
      },
    });
    expect(updated.goalTree?.actions[0]).toMatchObject({
      goalId,
      title: "Training",
      owner: "GGD",
      status: "planned",
      indicator: { baseline: "10%", target: "60%" },
    });
    expect(updateAction(updated, actionId, { owner: "GGD" })).toBe(updated);
  });
});
