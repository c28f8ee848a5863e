import { describe, expect, it } from "vitest";
import { cluster, factor, link, quoteCard } from "../../../tests/helpers/analysisFactory";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { moveIntoCluster, removeElements, setLabel, setRole } from "../analysis/operations";
import { withGoalTree } from "./derive";
import { addAction, setGoalText } from "./operations";
import { applyGoalTreeChange, goalTreeChanges, keepGoalsInStep, resyncGoalTree } from "./resync";

describe("keeping the goal tree in step", () => {
  it("offers added, relabelled, changed-role and gone sources as changes and deletes nothing", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    const kennisGoal = goalOf(a, "kennis").id;
    a = setGoalText(a, kennisGoal, "Professionals weten wat ze zien");
    a = { ...a, nodes: [...a.nodes, factor("nieuw", "cause", "Nieuwe oorzaak")] };
    a = setLabel(a, "capaciteit", "Te weinig rechercheurs");
    a = setRole(a, ["daders"], "cause");
    a = removeElements(a, ["kennis"]);
    a = resyncGoalTree(a);
    const changes = goalTreeChanges(a);
    expect(changes).toEqual([
      { kind: "added", sourceId: "nieuw", text: "Nieuwe oorzaak", goalKind: "goal" },
      { kind: "gone", goalId: kennisGoal },
      {
        kind: "relabelled",
        goalId: goalOf(a, "capaciteit").id,
        from: "Te weinig capaciteit bij de politie",
        to: "Te weinig rechercheurs",
      },
      { kind: "kindChanged", goalId: goalOf(a, "daders").id, from: "outcome", to: "goal" },
    ]);
    // The goal of the removed cause is still there, edited text and all, and marked.
    expect(goalOf(a, "kennis")).toMatchObject({
      text: "Professionals weten wat ze zien",
      status: "herschreven",
      sourceGone: true,
    });
    for (const change of changes) a = applyGoalTreeChange(a, change, ids);
    expect(goalOf(a, "nieuw")).toMatchObject({ text: "Nieuwe oorzaak", status: "overgenomen" });
    expect(goalOf(a, "capaciteit")).toMatchObject({ text: "Te weinig rechercheurs" });
    expect(goalOf(a, "daders").kind).toBe("goal");
    expect(goalOf(a, "kennis")).toMatchObject({ status: "geschrapt", sourceGone: true });
    expect(goalTreeChanges(a)).toEqual([]);
  });

  it("keeps a rewritten goal's text when its source is relabelled", () => {
    const ids = countingIds();
    let a = withGoalTree(causeTree(), ids);
    a = setGoalText(a, goalOf(a, "kern").id, "Slachtoffers worden vroeg herkend");
    a = setLabel(a, "kern", "Slachtoffers blijven onzichtbaar");
    const [change] = goalTreeChanges(a);
    if (!change) throw new Error("no change offered");
    a = applyGoalTreeChange(a, change, ids);
    expect(goalOf(a, "kern")).toMatchObject({
      text: "Slachtoffers worden vroeg herkend",
      sourceText: "Slachtoffers blijven onzichtbaar",
    });
  });

  it("unmarks a goal whose source comes back (undo) and follows the links", () => {
    const before = withGoalTree(causeTree(), countingIds());
    const gone = resyncGoalTree(removeElements(before, ["capaciteit"]));
    expect(goalOf(gone, "capaciteit").sourceGone).toBe(true);
    expect(gone.goalTree?.links).toHaveLength(4);
    const back = resyncGoalTree({ ...before, goalTree: gone.goalTree });
    expect(goalOf(back, "capaciteit").sourceGone).toBe(false);
    expect(back.goalTree?.links).toEqual(before.goalTree?.links);
    expect(resyncGoalTree(back)).toBe(back);
  });
});

describe("a merge of causes", () => {
  /** The cause tree with a second cause cluster, its goal rewritten and given an action. */
  function withSecondCluster() {
    const ids = countingIds();
    const base = causeTree();
    let a = withGoalTree(
      {
        ...base,
        nodes: [
          ...base.nodes,
          cluster("melden", "cause", "Melden is lastig"),
          quoteCard("q4", "quote-4", { clusterId: "melden", section: "2.5" }),
        ],
        edges: [...base.edges, link("melden", "kern")],
      },
      ids,
    );
    const melden = goalOf(a, "melden").id;
    a = setGoalText(a, melden, "Melden is makkelijk");
    const action = addAction(a, { goalId: melden, title: "Meldknop" }, ids);
    return { analysis: action.analysis, melden, actionId: action.actionId, ids };
  }

  it("moves the emptied cluster's goal to the cluster its cards went into, offered as one merge", () => {
    const { analysis, melden } = withSecondCluster();
    const merged = keepGoalsInStep(
      analysis,
      moveIntoCluster(analysis, "q4", "signalen", { x: 0, y: 0 }),
    );
    const goal = merged.goalTree?.goals.find((g) => g.id === melden);
    expect(goal).toMatchObject({ sourceId: "signalen", text: "Melden is makkelijk" });
    expect(goal?.sourceGone).toBe(false);
    const signalen = goalOf(analysis, "signalen").id;
    const changes = goalTreeChanges(merged);
    expect(changes).toEqual([
      {
        kind: "merged",
        sourceId: "signalen",
        text: "Signalen worden niet gedeeld",
        goalIds: [signalen, melden],
      },
    ]);
    // Removing the emptied cluster afterwards asks nothing more.
    expect(goalTreeChanges(keepGoalsInStep(merged, removeElements(merged, ["melden"])))).toEqual(
      changes,
    );
  });

  it("merging the goals keeps the one of the cluster, strikes the other out and moves its actions", () => {
    const { analysis, melden, actionId, ids } = withSecondCluster();
    const moved = keepGoalsInStep(
      analysis,
      moveIntoCluster(analysis, "q4", "signalen", { x: 0, y: 0 }),
    );
    const [change] = goalTreeChanges(moved);
    if (!change) throw new Error("no change offered");
    const done = applyGoalTreeChange(moved, change, ids);
    const signalen = goalOf(analysis, "signalen").id;
    expect(done.goalTree?.goals.find((g) => g.id === melden)).toMatchObject({
      status: "geschrapt",
      text: "Melden is makkelijk",
    });
    expect(done.goalTree?.actions.find((a) => a.id === actionId)?.goalId).toBe(signalen);
    expect(goalTreeChanges(done)).toEqual([]);
  });

  it("leaves the goal of a cluster emptied otherwise (its cards removed) as it was", () => {
    const { analysis, melden } = withSecondCluster();
    const emptied = keepGoalsInStep(analysis, removeElements(analysis, ["q4"]));
    expect(emptied.goalTree?.goals.find((g) => g.id === melden)?.sourceId).toBe("melden");
    expect(goalTreeChanges(emptied)).toEqual([]);
  });
});
