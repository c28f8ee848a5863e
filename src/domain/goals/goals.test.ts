import { describe, expect, it } from "vitest";
import {
  cluster,
  factor,
  link,
  makeAnalysis,
  quoteCard,
} from "../../../tests/helpers/analysisFactory";
import type { Analysis } from "../analysis/analysis";
import { countingIds } from "../analysis/ids";
import { mergeAnalysis } from "../analysis/mergeAnalysis";
import { moveIntoCluster, removeElements, setLabel, setRole } from "../analysis/operations";
import { goalTreeBoard } from "./board";
import { actionChain, goalChain } from "./chain";
import { goalTreeFindings, rootCauseIds } from "./checks";
import { withGoalTree } from "./derive";
import type { Goal } from "./goalTree";
import { ACTION_SIZE, GOAL_SIZE, goalTreeLayout } from "./layout";
import {
  addAction,
  addGoal,
  removeAddedGoal,
  setGoalStatus,
  setGoalText,
  updateAction,
} from "./operations";
import { applyGoalTreeChange, goalTreeChanges, keepGoalsInStep, resyncGoalTree } from "./resync";

/** Problem, three causes (two at the root, one between), two effects, quotes on the causes. */
function causeTree(): Analysis {
  return makeAnalysis(
    [
      factor("kern", "problem", "Slachtoffers worden laat herkend"),
      cluster("signalen", "cause", "Signalen worden niet gedeeld"),
      factor("kennis", "cause", "Te weinig kennis bij professionals"),
      factor("capaciteit", "cause", "Te weinig capaciteit bij de politie"),
      factor("schade", "symptom", "Langdurige schade bij slachtoffers"),
      factor("daders", "symptom", "Daders gaan door"),
      quoteCard("q1", "quote-1", { clusterId: "signalen", section: "2.11" }),
      quoteCard("q2", "quote-2", { clusterId: "signalen", section: "2.3" }),
      quoteCard("q3", "quote-3", { section: "3.1", chapter: 3 }),
      factor("los", null, "Nog zonder rol"),
    ],
    [
      link("kennis", "signalen"),
      link("signalen", "kern"),
      link("capaciteit", "kern"),
      link("kern", "schade"),
      link("kern", "daders"),
      link("q3", "kennis"),
    ],
  );
}

const goalOf = (analysis: Analysis, sourceId: string): Goal => {
  const goal = analysis.goalTree?.goals.find((g) => g.sourceId === sourceId);
  if (!goal) throw new Error(`no goal for ${sourceId}`);
  return goal;
};

describe("deriveGoalTree", () => {
  it("turns the core problem into the main goal, causes into goals and effects into outcomes", () => {
    const made = withGoalTree(causeTree(), countingIds());
    const goals = made.goalTree?.goals ?? [];
    expect(goals.map((g) => [g.sourceId, g.kind, g.status, g.text])).toEqual([
      ["kern", "main", "overgenomen", "Slachtoffers worden laat herkend"],
      ["signalen", "goal", "overgenomen", "Signalen worden niet gedeeld"],
      ["kennis", "goal", "overgenomen", "Te weinig kennis bij professionals"],
      ["capaciteit", "goal", "overgenomen", "Te weinig capaciteit bij de politie"],
      ["schade", "outcome", "overgenomen", "Langdurige schade bij slachtoffers"],
      ["daders", "outcome", "overgenomen", "Daders gaan door"],
    ]);
    const bySource = new Map(goals.map((g) => [g.id, g.sourceId]));
    expect(
      made.goalTree?.links.map((l) => [bySource.get(l.source), bySource.get(l.target)]),
    ).toEqual([
      ["kennis", "signalen"],
      ["signalen", "kern"],
      ["capaciteit", "kern"],
      ["kern", "schade"],
      ["kern", "daders"],
    ]);
    expect(made.goalTree?.actions).toEqual([]);
  });

  it("keeps a goal tree that was already made", () => {
    const made = withGoalTree(causeTree(), countingIds());
    expect(withGoalTree(made, countingIds())).toBe(made);
  });
});

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

describe("merging two tabs' versions", () => {
  it("keeps goal edits and actions made in either tab", () => {
    const ids = countingIds();
    const base = withGoalTree(causeTree(), ids);
    const local = setGoalText(base, goalOf(base, "kern").id, "Slachtoffers vroeg herkend");
    const remote = addAction(base, { goalId: goalOf(base, "kennis").id, title: "Training" }, ids);
    const merged = mergeAnalysis(base, local, remote.analysis);
    expect(goalOf(merged, "kern").text).toBe("Slachtoffers vroeg herkend");
    expect(merged.goalTree?.actions.map((a) => a.title)).toEqual(["Training"]);
  });
});

describe("goalTreeBoard", () => {
  it("draws goals as factors of their kind's role and actions as notes, every link contributing", () => {
    const ids = countingIds();
    const base = withGoalTree(causeTree(), ids);
    const kennis = goalOf(base, "kennis").id;
    const { analysis, actionId } = addAction(base, { goalId: kennis, title: "Training" }, ids);
    const board = goalTreeBoard(analysis, {
      contributesTo: "draagt bij aan",
      goal: (g) => g.text,
      action: (a) => `Actie: ${a.title}`,
    });
    expect(board.goalTree).toBeUndefined();
    expect(board.nodes.map((n) => [n.kind, "role" in n ? n.role : null])).toEqual([
      ["factor", "problem"],
      ["factor", "cause"],
      ["factor", "cause"],
      ["factor", "cause"],
      ["factor", "symptom"],
      ["factor", "symptom"],
      ["note", null],
    ]);
    expect(board.nodes.at(-1)).toMatchObject({ id: actionId, text: "Actie: Training" });
    expect(board.edges).toHaveLength(6);
    expect(new Set(board.edges.map((e) => `${e.kind}:${e.label}`))).toEqual(
      new Set(["causes:draagt bij aan"]),
    );
    expect(board.edges.at(-1)).toMatchObject({ source: actionId, target: kennis });
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
