import { describe, expect, it } from "vitest";
import { causeTree, goalOf } from "../../../tests/helpers/goalTreeFixture";
import { countingIds } from "../analysis/ids";
import { goalTreeBoard } from "./board";
import { withGoalTree } from "./derive";
import { addAction } from "./operations";

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
